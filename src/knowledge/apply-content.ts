// Stores imported content all-or-nothing: compares with what is stored, writes only what changed,
// and appends a content version per scope that changed.
import { createHash } from 'node:crypto';
import { InvalidContentError, type Problem } from '../errors/index.js';
import type { Db, Queryable } from '../storage/index.js';
import { conceptUsers, loadConcepts, saveConcepts } from './concept-store.js';
import type { Concept, TenantContent } from './content-types.js';
import { diffItems, isUnchanged, type ContentChanges } from './diff-items.js';
import { itemizeConcepts, itemizeTenant, type Items } from './itemize-content.js';
import { loadTenantContent, lockTenantContent, replaceTenantContent } from './tenant-content-store.js';
import { appendVersion, latestVersion, REGIONAL_SCOPE } from './version-store.js';

/** What happened to one scope (the regional concepts, or one tenant) in an import. */
export interface ScopeReport {
  scope: string;
  name: string;
  /** The version the scope is at after the import (0: nothing stored). */
  version: number;
  unchanged: boolean;
  changes: ContentChanges;
}

/** The outcome of one import. */
export interface ImportReport {
  source: string;
  scopes: ScopeReport[];
}

/** sha256 over the items in key order: equal content gives an equal hash. */
export function hashItems(items: Items): string {
  const hash = createHash('sha256');
  for (const key of [...items.keys()].sort()) hash.update(`${key}\u0000${items.get(key)}\u0000`);
  return hash.digest('hex');
}

async function applyScope(
  tx: Queryable,
  scope: string,
  name: string,
  source: string,
  before: Items,
  after: Items,
  snapshot: unknown,
  write: () => Promise<void>,
): Promise<ScopeReport> {
  const changes = diffItems(before, after);
  if (isUnchanged(changes)) {
    return { scope, name, version: (await latestVersion(tx, scope))?.version ?? 0, unchanged: true, changes };
  }
  await write();
  const version = await appendVersion(tx, scope, { source, contentHash: hashItems(after), changes, snapshot });
  return { scope, name, version, unchanged: false, changes };
}

async function checkRemovedConcepts(tx: Queryable, removed: string[], importedTenants: Set<string>): Promise<Problem[]> {
  const users = await conceptUsers(tx, removed);
  const problems: Problem[] = [];
  for (const [conceptId, tenantIds] of users) {
    const others = tenantIds.filter((id) => !importedTenants.has(id));
    if (others.length > 0) {
      problems.push({ field: `concepts.${conceptId}`, message: `concept "${conceptId}" is missing from the pack but still used by ${others.join(', ')}` });
    }
  }
  return problems;
}

/**
 * Stores `concepts` (when given: they replace the regional set) and each of `tenants` (each
 * replaces that tenant's content) in one transaction. Unchanged scopes are not written and
 * get no new version. Throws InvalidContentError, storing nothing, when the content conflicts
 * with what is stored (a removed concept another municipality still uses, a tenant twice).
 */
export async function applyContent(
  db: Db,
  content: { concepts?: Concept[] | undefined; tenants: TenantContent[] },
  source: string,
): Promise<ImportReport> {
  return db.transaction((tx) => applyContentIn(tx, content, source));
}

/** `applyContent` inside the caller's transaction `tx`, so the caller can add its own writes (an audit entry) to it. */
export async function applyContentIn(
  tx: Queryable,
  content: { concepts?: Concept[] | undefined; tenants: TenantContent[] },
  source: string,
): Promise<ImportReport> {
  const ids = content.tenants.map((t) => t.tenant.id);
  const twice = ids.filter((id, index) => ids.indexOf(id) !== index);
  if (twice.length > 0) {
    throw new InvalidContentError(`${source}: municipality ${twice.join(', ')} appears more than once`, [
      { file: source, message: `municipality "${twice[0]}" appears more than once` },
    ]);
  }
  const scopes: ScopeReport[] = [];
  if (content.concepts) {
    const concepts = content.concepts;
    // Concepts written by an import source (the catalogue, a website) are not the pack's to remove.
    const before = itemizeConcepts((await loadConcepts(tx)).filter((concept) => concept.origin === undefined));
    const after = itemizeConcepts(concepts);
    const removed = [...before.keys()].filter((k) => !after.has(k)).map((k) => k.slice('concept:'.length));
    const problems = await checkRemovedConcepts(tx, removed, new Set(ids));
    if (problems.length > 0) throw new InvalidContentError(`${source}: ${problems.length} problem(s)`, problems);
    // Removed concepts are deleted after the tenants that used them were replaced.
    scopes.push(
      await applyScope(tx, REGIONAL_SCOPE, 'regional concepts', source, before, after, concepts, () =>
        saveConcepts(tx, concepts, []),
      ),
    );
    for (const tenant of content.tenants) scopes.push(await applyTenant(tx, tenant, source));
    if (removed.length > 0) await saveConcepts(tx, [], removed);
    return { source, scopes };
  }
  for (const tenant of content.tenants) scopes.push(await applyTenant(tx, tenant, source));
  return { source, scopes };
}

async function applyTenant(tx: Queryable, packContent: TenantContent, source: string): Promise<ScopeReport> {
  await lockTenantContent(tx, packContent.tenant.id);
  const stored = await loadTenantContent(tx, packContent.tenant.id);
  // A pack replaces what packs wrote; products from import sources stay (unless the pack now has the same product).
  const inPack = new Set(packContent.instances.map((i) => i.conceptId));
  const imported = (stored?.instances ?? []).filter((i) => i.origin !== undefined && !inPack.has(i.conceptId));
  const content = { ...packContent, instances: [...packContent.instances, ...imported] };
  const before = stored ? itemizeTenant(stored) : new Map<string, string>();
  return applyScope(tx, content.tenant.id, content.tenant.name, source, before, itemizeTenant(content), content, () =>
    replaceTenantContent(tx, content),
  );
}

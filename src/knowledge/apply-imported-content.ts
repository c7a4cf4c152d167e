// Stores what one import source produced (catalogue products, web pages, FAQ answers) beside the pack's content: all or nothing, versioned, only what changed.
import { InvalidContentError, UnknownTenantError } from '../errors/index.js';
import type { Db } from '../storage/index.js';
import { hashItems, type ScopeReport } from './apply-content.js';
import { conceptUsers, loadConcepts, saveConcepts } from './concept-store.js';
import type { Concept, Instance } from './content-types.js';
import { diffItems, isUnchanged } from './diff-items.js';
import { canonicalJson, itemizeTenant } from './itemize-content.js';
import { loadTenantContent, lockTenantContent, replaceTenantContent } from './tenant-content-store.js';
import { appendVersion, latestVersion, REGIONAL_SCOPE } from './version-store.js';

/** Everything one import source says now. What it said before and no longer says is removed. */
export interface ImportedContent {
  /** The source's key (e.g. "website:leiebeke:https://www.leiebeke.be/sitemap.xml"); stored as `origin`. */
  origin: string;
  /**
   * The origin of the concepts when they are shared beyond this source (catalogue concepts: "ipdc"),
   * so two municipalities adopting the same catalogue product share one concept. Concepts a source
   * with a shared concept origin no longer lists are kept; default `origin`.
   */
  conceptOrigin?: string;
  /** The tenant the products are for; null for catalogue concepts shared by every municipality. */
  tenantId: string | null;
  concepts: Concept[];
  /** For `tenantId` only; each must name a concept in `concepts` or one already stored. */
  instances: Instance[];
}

/**
 * Replaces what `origin` wrote before with `content`, in one transaction: its concepts are upserted
 * (and those it no longer lists removed when no municipality uses them), the tenant's instances from
 * this origin replaced. Content from packs, console edits and other sources is left alone; a product
 * that already exists for this tenant from another origin is a problem, not overwritten. Returns one
 * report per scope that the import touched, with a new content version only when something changed.
 * Throws InvalidContentError (nothing stored) or UnknownTenantError.
 */
export async function applyImportedContent(db: Db, content: ImportedContent, source: string): Promise<ScopeReport[]> {
  const conceptOrigin = content.conceptOrigin ?? content.origin;
  const concepts = content.concepts.map((concept) => ({ ...concept, origin: conceptOrigin }));
  const instances = content.instances.map((instance) => ({ ...instance, origin: content.origin }));
  return db.transaction(async (tx) => {
    const stored = await loadConcepts(tx);
    const storedById = new Map(stored.map((c) => [c.id, c]));
    const problems = concepts
      .filter((c) => storedById.has(c.id) && storedById.get(c.id)?.origin !== conceptOrigin)
      .map((c) => ({ file: source, field: `concepts.${c.id}`, message: `product "${c.id}" already exists from ${storedById.get(c.id)?.origin ?? 'a content pack'}` }));
    const known = new Set([...stored.map((c) => c.id), ...concepts.map((c) => c.id)]);
    for (const instance of instances) {
      if (!known.has(instance.conceptId)) problems.push({ file: source, field: `instances.${instance.conceptId}`, message: `unknown product "${instance.conceptId}"` });
    }
    if (content.tenantId !== null) await lockTenantContent(tx, content.tenantId);
    const tenantContent = content.tenantId === null ? undefined : await loadTenantContent(tx, content.tenantId);
    if (content.tenantId !== null && !tenantContent) throw new UnknownTenantError(content.tenantId);
    if (tenantContent) {
      for (const instance of tenantContent.instances) {
        if (instance.origin !== content.origin && instances.some((i) => i.conceptId === instance.conceptId)) {
          problems.push({ file: source, field: `instances.${instance.conceptId}`, message: `product "${instance.conceptId}" is already offered from ${instance.origin ?? 'the content pack'}` });
        }
      }
    }
    if (problems.length > 0) throw new InvalidContentError(`${source}: ${problems.length} problem(s)`, problems);

    const reports: ScopeReport[] = [];
    const listed = new Set(concepts.map((c) => c.id));
    const before = new Map(
      stored
        .filter((c) => c.origin === conceptOrigin && (conceptOrigin === content.origin || listed.has(c.id)))
        .map((c) => [`concept:${c.id}`, canonicalJson(c)]),
    );
    const after = new Map(concepts.map((c) => [`concept:${c.id}`, canonicalJson(c)]));
    const conceptChanges = diffItems(before, after);
    if (!isUnchanged(conceptChanges)) await saveConcepts(tx, concepts, []);

    if (tenantContent) {
      const next = { ...tenantContent, instances: [...tenantContent.instances.filter((i) => i.origin !== content.origin), ...instances] };
      const tenantBefore = itemizeTenant(tenantContent);
      const tenantAfter = itemizeTenant(next);
      const changes = diffItems(tenantBefore, tenantAfter);
      // A product's text lives in its concept: a changed page changes the tenant's answers too.
      for (const key of conceptChanges.changed) {
        const product = `product:${key.slice('concept:'.length)}`;
        if (tenantAfter.has(product) && !changes.changed.includes(product) && !changes.added.includes(product)) changes.changed.push(product);
      }
      if (isUnchanged(changes)) {
        reports.push({ scope: tenantContent.tenant.id, name: tenantContent.tenant.name, version: (await latestVersion(tx, tenantContent.tenant.id))?.version ?? 0, unchanged: true, changes });
      } else {
        await replaceTenantContent(tx, next);
        const version = await appendVersion(tx, tenantContent.tenant.id, { source, contentHash: hashItems(new Map([...tenantAfter, ...after])), changes, snapshot: { origin: content.origin, instances } });
        reports.push({ scope: tenantContent.tenant.id, name: tenantContent.tenant.name, version, unchanged: false, changes });
      }
    } else {
      const version = isUnchanged(conceptChanges)
        ? ((await latestVersion(tx, REGIONAL_SCOPE))?.version ?? 0)
        : await appendVersion(tx, REGIONAL_SCOPE, { source, contentHash: hashItems(after), changes: conceptChanges, snapshot: { origin: content.origin, concepts } });
      reports.push({ scope: REGIONAL_SCOPE, name: 'regional concepts', version, unchanged: isUnchanged(conceptChanges), changes: conceptChanges });
    }

    // Concepts this origin no longer lists go once no municipality offers them.
    const gone = [...before.keys()].filter((k) => !after.has(k)).map((k) => k.slice('concept:'.length));
    const users = await conceptUsers(tx, gone);
    const removable = gone.filter((id) => !users.has(id));
    if (removable.length > 0) await saveConcepts(tx, [], removable);
    return reports;
  });
}

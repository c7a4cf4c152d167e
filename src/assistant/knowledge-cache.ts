// Keeps each tenant's TenantKnowledge in memory and rebuilds it when its content version changes:
// at once when a node (this one, another, the CLI) notifies a new version, and otherwise when the
// periodic version check (at most every `checkEveryMs`) finds one that a lost notification missed.
import { listenContentChanges } from '../cluster/index.js';
import { UnknownTenantError } from '../errors/index.js';
import { latestVersion, loadConcepts, loadTenantContent, REGIONAL_SCOPE } from '../knowledge/index.js';
import type { Db } from '../storage/index.js';
import { buildTenantKnowledge, type TenantKnowledge } from './tenant-knowledge.js';

interface Entry {
  knowledge: Promise<TenantKnowledge>;
  versions: string;
  checkedAt: number;
}

/** The cache of built knowledge per tenant. */
export interface KnowledgeCache {
  /** The tenant's knowledge; throws UnknownTenantError for an unknown tenant. */
  get(tenantId: string): Promise<TenantKnowledge>;
  /** Forgets one tenant (or all), so the next get rebuilds it. */
  invalidate(tenantId?: string): void;
  /**
   * Invalidates a tenant (every tenant, for the regional concepts) as soon as a new content version
   * of it is committed anywhere. Without it, changes are seen within `checkEveryMs`. Resolves, once
   * listening, to a function that stops following; rejects when the database cannot listen.
   */
  followChanges(): Promise<() => Promise<void>>;
}

/**
 * Creates a cache over `db`. `checkEveryMs` (default 2000) bounds how stale another node's change
 * can be when its notification was lost (a dropped connection) or the cache does not follow changes.
 */
export function createKnowledgeCache(db: Db, checkEveryMs = 2000): KnowledgeCache {
  const entries = new Map<string, Entry>();
  // Counts invalidations: a version check that overlapped one may have read the old version.
  let generation = 0;
  const versionsOf = async (tenantId: string) => {
    const [tenant, regional] = await Promise.all([latestVersion(db, tenantId), latestVersion(db, REGIONAL_SCOPE)]);
    return `${tenant?.version ?? 0}/${regional?.version ?? 0}`;
  };
  const build = async (tenantId: string) => {
    const [content, concepts] = await Promise.all([loadTenantContent(db, tenantId), loadConcepts(db)]);
    if (!content) throw new UnknownTenantError(tenantId);
    return buildTenantKnowledge(concepts, content);
  };
  const invalidate = (tenantId?: string) => {
    generation += 1;
    if (tenantId === undefined) entries.clear();
    else entries.delete(tenantId);
  };
  return {
    async get(tenantId) {
      const entry = entries.get(tenantId);
      const now = Date.now();
      if (entry && now - entry.checkedAt < checkEveryMs) return entry.knowledge;
      const seen = generation;
      const versions = await versionsOf(tenantId);
      // Checked again at the next get when a notification arrived while the versions were read.
      const checkedAt = seen === generation ? now : 0;
      const current = entries.get(tenantId);
      if (current && current.versions === versions) {
        current.checkedAt = checkedAt;
        return current.knowledge;
      }
      const knowledge = build(tenantId);
      entries.set(tenantId, { knowledge, versions, checkedAt });
      // A failed build (unknown tenant) must not stay cached.
      knowledge.catch(() => {
        if (entries.get(tenantId)?.knowledge === knowledge) entries.delete(tenantId);
      });
      return knowledge;
    },
    invalidate,
    followChanges() {
      return listenContentChanges(db, (change) => invalidate(change.scope === REGIONAL_SCOPE ? undefined : change.scope));
    },
  };
}

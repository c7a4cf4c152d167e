// Keeps each tenant's TenantKnowledge in memory and rebuilds it when its content version changes
// (an import here or on another node), checking the versions at most every `checkEveryMs`.
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
}

/** Creates a cache over `db`. `checkEveryMs` (default 2000) bounds how stale another node's import can be. */
export function createKnowledgeCache(db: Db, checkEveryMs = 2000): KnowledgeCache {
  const entries = new Map<string, Entry>();
  const versionsOf = async (tenantId: string) => {
    const [tenant, regional] = await Promise.all([latestVersion(db, tenantId), latestVersion(db, REGIONAL_SCOPE)]);
    return `${tenant?.version ?? 0}/${regional?.version ?? 0}`;
  };
  const build = async (tenantId: string) => {
    const [content, concepts] = await Promise.all([loadTenantContent(db, tenantId), loadConcepts(db)]);
    if (!content) throw new UnknownTenantError(tenantId);
    return buildTenantKnowledge(concepts, content);
  };
  return {
    async get(tenantId) {
      const entry = entries.get(tenantId);
      const now = Date.now();
      if (entry && now - entry.checkedAt < checkEveryMs) return entry.knowledge;
      const versions = await versionsOf(tenantId);
      if (entry && entry.versions === versions) {
        entry.checkedAt = now;
        return entry.knowledge;
      }
      const knowledge = build(tenantId);
      entries.set(tenantId, { knowledge, versions, checkedAt: now });
      // A failed build (unknown tenant) must not stay cached.
      knowledge.catch(() => entries.delete(tenantId));
      return knowledge;
    },
    invalidate(tenantId) {
      if (tenantId === undefined) entries.clear();
      else entries.delete(tenantId);
    },
  };
}

// The append-only history of content versions, one sequence per scope (a tenant, or the region).
import { notifyContentChange } from '../cluster/index.js';
import type { Queryable } from '../storage/index.js';
import type { ContentChanges } from './diff-items.js';

/** The scope of the shared regional concepts; tenant ids can never take this form. */
export const REGIONAL_SCOPE = '@regional';

/** One recorded version: what changed, from which source, when. */
export interface ContentVersion {
  scope: string;
  version: number;
  source: string;
  contentHash: string;
  changes: ContentChanges;
  createdAt: string;
}

/** The newest version of `scope`, or undefined when nothing was ever imported there. */
export async function latestVersion(db: Queryable, scope: string): Promise<ContentVersion | undefined> {
  const [row] = await db.query<ContentVersion & { [k: string]: unknown }>(
    `select scope, version, source, content_hash as "contentHash", changes, created_at::text as "createdAt"
     from content_versions where scope = $1 order by version desc limit 1`,
    [scope],
  );
  return row;
}

/**
 * Appends the next version of `scope` and returns its number (1 for the first). Every node's
 * knowledge cache is notified in the same transaction, so it hears of the version on commit.
 */
export async function appendVersion(
  tx: Queryable,
  scope: string,
  entry: { source: string; contentHash: string; changes: ContentChanges; snapshot: unknown },
): Promise<number> {
  const [row] = await tx.query<{ version: number }>(
    `insert into content_versions (scope, version, source, content_hash, changes, snapshot)
     select $1, coalesce(max(version), 0) + 1, $2, $3, $4::jsonb, $5::jsonb from content_versions where scope = $1
     returning version`,
    [scope, entry.source, entry.contentHash, JSON.stringify(entry.changes), JSON.stringify(entry.snapshot)],
  );
  const version = row?.version ?? 1;
  await notifyContentChange(tx, { scope, version });
  return version;
}

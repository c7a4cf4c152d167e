// An entry's public history: the versions residents saw (publications, revisions, the retraction), each with what changed.
import { isDeepStrictEqual } from 'node:util';
import { NotFoundError } from '../errors/index.js';
import type { Queryable } from '../storage/index.js';
import { isPublicStep } from './change-log.js';
import type { RegisterEntry } from './entry-schema.js';
import type { EntryAction } from './workflow.js';

/** One changed top-level field between two public versions; `before` is undefined for the first publication. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** A public step: drafts, submissions and rejections before publication are the organisation's own work and stay out. */
export interface PublicVersion {
  seq: number;
  action: Extract<EntryAction, 'publish' | 'revise' | 'retract'>;
  at: Date;
  /** Only a retraction's reason is public (a rejection's reason goes to the author only). */
  reason: string | null;
  changes: FieldChange[];
}

/**
 * The public history of an entry that is or was published, oldest first, with the fields each
 * version changed against the version before it. Never names who acted. Throws NotFoundError for
 * an entry that was never published (a draft is never public, not even its existence).
 */
export async function getPublicHistory(db: Queryable, entryId: string): Promise<PublicVersion[]> {
  const steps = await db.query<{ seq: number; action: PublicVersion['action']; state: string; at: Date; reason: string | null; entry: RegisterEntry }>(
    'select seq, action, state, at, reason, entry from register_entry_history where entry_id = $1 order by seq',
    [entryId],
  );
  // The same rule as the change feed, so a page and the feed never disagree about what was public.
  const rows = steps.filter((step) => isPublicStep(step.action, step.state));
  if (rows.length === 0) throw new NotFoundError(`unknown register entry "${entryId}"`);
  let before: Record<string, unknown> = {};
  return rows.map((row) => {
    const after = row.entry as Record<string, unknown>;
    const version: PublicVersion = {
      seq: row.seq,
      action: row.action,
      at: row.at,
      reason: row.action === 'retract' ? row.reason : null,
      changes: fieldChanges(before, after),
    };
    before = after;
    return version;
  });
}

/** Top-level fields that differ, sorted by name, with both values. */
export function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.filter((field) => !isDeepStrictEqual(before[field], after[field])).map((field) => ({ field, before: before[field], after: after[field] }));
}

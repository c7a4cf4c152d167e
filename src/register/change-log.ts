// The register's public change log: publications, revisions and retractions across entries, newest first.
import { InvalidInputError } from '../errors/index.js';
import type { Queryable } from '../storage/index.js';
import type { RegisterEntry } from './entry-schema.js';
import { changedFields } from './entry-store.js';

/** What a public change means to a reader of the register. */
export type PublicChangeKind = 'published' | 'updated' | 'retracted';

/** One public step of an entry. Never says who acted. */
export interface PublicChange {
  entryId: string;
  seq: number;
  /** The entry's name at this step. */
  entryName: string;
  /** The history step's action as stored (`publish`, `retract`, or a later public action such as `revise`). */
  action: string;
  kind: PublicChangeKind;
  at: Date;
  /** The reason given for a retraction; null for every other change. */
  reason: string | null;
  /** Top-level fields changed since the entry's previous public step; empty for a first publication. */
  changedFields: string[];
}

// The organisation's own work before publication (and a reviewer's rejection of it) is never public.
const NON_PUBLIC_ACTIONS = ['create', 'update', 'submit', 'reject'] as const;
const PUBLIC_STATES = ['published', 'retracted'] as const;

/**
 * Whether a history step is public: it leaves the entry published or retracted, and it is not one
 * of the editing or review actions (so an action added later, such as a system revision, counts).
 */
export function isPublicStep(action: string, state: string): boolean {
  return (PUBLIC_STATES as readonly string[]).includes(state) && !(NON_PUBLIC_ACTIONS as readonly string[]).includes(action);
}

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

interface ChangeRow {
  [key: string]: unknown;
  entry_id: string;
  seq: number;
  action: string;
  state: string;
  at: Date;
  reason: string | null;
  entry: RegisterEntry;
  previous_entry: RegisterEntry | null;
  previous_state: string | null;
}

/**
 * The most recent public changes (default 50), newest first, optionally of one tenant's entries.
 * Each change is compared with the same entry's previous public step, which may be older than
 * the window. Throws InvalidInputError when `limit` is not a whole number from 1 to 1000.
 */
export async function listPublicChanges(db: Queryable, options: { limit?: number; tenantId?: string } = {}): Promise<PublicChange[]> {
  const limit = options.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new InvalidInputError(`limit ${limit} is not allowed`, [{ field: 'limit', message: 'must be a whole number from 1 to 1000' }]);
  }
  const params: unknown[] = [limit];
  const tenantClause = options.tenantId === undefined ? '' : `and e.tenant_id = $${params.push(options.tenantId)}`;
  // The window sees only public steps (WHERE runs before it), so lag() is the previous public step.
  const rows = await db.query<ChangeRow>(
    `select * from (
       select h.entry_id, h.seq, h.action, h.state, h.at, h.reason, h.entry,
              lag(h.entry) over (partition by h.entry_id order by h.seq) as previous_entry,
              lag(h.state) over (partition by h.entry_id order by h.seq) as previous_state
       from register_entry_history h join register_entries e on e.id = h.entry_id
       where h.state in (${list(PUBLIC_STATES)}) and h.action not in (${list(NON_PUBLIC_ACTIONS)}) ${tenantClause}
     ) steps
     order by at desc, seq desc, entry_id
     limit $1`,
    params,
  );
  return rows.map((row) => ({
    entryId: row.entry_id,
    seq: row.seq,
    entryName: row.entry.name,
    action: row.action,
    kind: row.state === 'retracted' ? 'retracted' : row.previous_state === 'published' ? 'updated' : 'published',
    at: row.at,
    reason: row.state === 'retracted' ? row.reason : null,
    changedFields: row.previous_entry === null ? [] : changedFields(row.previous_entry as Record<string, unknown>, row.entry as Record<string, unknown>),
  }));
}

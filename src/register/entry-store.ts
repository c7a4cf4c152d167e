// Stores register entries and moves them through review; every change appends a history step.
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { ConflictError, EntryChangedError, InvalidInputError, NotFoundError, UnknownTenantError } from '../errors/index.js';
import type { Db, Queryable } from '../storage/index.js';
import type { RegisterEntry } from './entry-schema.js';
import { validateRegisterEntry } from './validate-register-entry.js';
import { nextState, statesAllowing, type EntryAction, type EntryState } from './workflow.js';

/** A stored entry with its review state. Staff-facing: public pages need their own presenter. */
export interface StoredEntry {
  id: string;
  /** The lead organisation's Loket tenant, or null when it is not one (or no longer is). */
  tenantId: string | null;
  state: EntryState;
  entry: RegisterEntry;
  author: string;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  /** Set on entries Loket maintains itself (e.g. `assistant:<tenant id>`); null for everything people write. */
  systemKey: string | null;
}

/** One step of an entry's public history; `changedFields` are the top-level fields that differ from the step before. */
export interface HistoryStep {
  seq: number;
  action: EntryAction;
  state: EntryState;
  at: Date;
  reason: string | null;
  changedFields: string[];
}

interface EntryRow {
  [key: string]: unknown;
  id: string;
  tenant_id: string | null;
  state: EntryState;
  entry: RegisterEntry;
  author: string;
  created_at: Date;
  updated_at: Date;
  published_at: Date | null;
  system_key: string | null;
}

/**
 * Validates `input` and stores it as a new draft by `author`, with its first history step.
 * Throws InvalidInputError (details: one problem per field) and stores nothing, or
 * UnknownTenantError when `tenantId` is given but not a tenant.
 */
export async function createDraft(
  db: Db,
  args: { tenantId: string | null; author: string; input: unknown; at: Date },
): Promise<StoredEntry> {
  return db.transaction((tx) => createDraftIn(tx, args));
}

/**
 * `createDraft` inside the caller's transaction `tx`, so several entries are stored all or none.
 * `systemKey` marks an entry Loket maintains itself (unique; default none). Throws as `createDraft`,
 * and the database's error for a `systemKey` already in use; the caller's transaction then rolls back.
 */
export async function createDraftIn(
  tx: Queryable,
  args: { tenantId: string | null; author: string; input: unknown; at: Date; systemKey?: string },
): Promise<StoredEntry> {
  const entry = validEntry(args.input);
  if (args.tenantId !== null) {
    const tenants = await tx.query('select 1 from tenants where id = $1', [args.tenantId]);
    if (tenants.length === 0) throw new UnknownTenantError(args.tenantId);
  }
  const [row] = await tx.query<EntryRow>(
    `insert into register_entries (id, tenant_id, state, entry, author, created_at, updated_at, system_key)
     values ($1, $2, 'draft', $3::jsonb, $4, $5, $5, $6) returning *`,
    [randomUUID(), args.tenantId, JSON.stringify(entry), args.author, args.at, args.systemKey ?? null],
  );
  if (!row) throw new Error('insert into register_entries returned no row');
  await appendHistory(tx, row.id, { at: args.at, actor: args.author, action: 'create', state: 'draft', entry, reason: null });
  return toStoredEntry(row);
}

/**
 * Stores `input` and publishes it at once, in `tx`: history create → submit → publish, all by
 * `actor` at `at`. Only for entries nobody needs to review: generated from settings the
 * organisation controls, or compiled by the register's editors. Throws as `createDraftIn`.
 */
export async function createPublishedIn(
  tx: Queryable,
  args: { tenantId: string | null; actor: string; input: unknown; at: Date; systemKey?: string },
): Promise<StoredEntry> {
  const { actor, at } = args;
  const draft = await createDraftIn(tx, { ...args, author: actor });
  await moveEntryIn(tx, { id: draft.id, actor, at, action: 'submit' });
  return moveEntryIn(tx, { id: draft.id, actor, at, action: 'publish' });
}

/**
 * One workflow step on an existing entry: new content for `update` and `revise`, a reason for
 * `reject` (required) and `retract` (optional). `expectedUpdatedAt` on `update`: the entry's
 * `updatedAt` as the person editing saw it; when the stored one differs, someone else changed the
 * entry meanwhile and the update is refused with EntryChangedError (without it, nothing is compared).
 */
export type EntryMove =
  | { action: 'update'; input: unknown; expectedUpdatedAt?: Date }
  | { action: 'revise'; input: unknown }
  | { action: 'submit' | 'publish' }
  | { action: 'reject'; reason: string }
  | { action: 'retract'; reason?: string };


/**
 * Moves entry `id` by one workflow step inside the caller's transaction `tx`, locking its row and
 * appending a history step. `revise` (published → published) is only for entries with a system
 * key. Throws InvalidInputError (content, empty rejection reason), NotFoundError, EntryChangedError
 * (an `update` whose `expectedUpdatedAt` is not the stored one), or ConflictError when the workflow
 * does not allow the step from the entry's state.
 */
export async function moveEntryIn(tx: Queryable, args: { id: string; actor: string; at: Date } & EntryMove): Promise<StoredEntry> {
  const entry = args.action === 'update' || args.action === 'revise' ? validEntry(args.input) : undefined;
  const reason = args.action === 'reject' ? requiredReason(args.reason) : args.action === 'retract' ? args.reason?.trim() || null : null;
  // Locked so two reviewers acting at once cannot both move the same entry.
  const current = await readEntry(tx, args.id, { forUpdate: true });
  // Compared under the lock, so no change can slip in between the check and the write. Checked before
  // the state: a step someone else took (a submission, say) is also a change the editor did not see.
  if (args.action === 'update' && args.expectedUpdatedAt !== undefined && current.updatedAt.getTime() !== args.expectedUpdatedAt.getTime()) {
    throw new EntryChangedError(args.id);
  }
  const wasPublished = current.publishedAt !== null;
  const state = nextState(current.state, args.action, { wasPublished });
  if (state === undefined) {
    const from = statesAllowing(args.action).map((s) => `"${s}"`).join(' or ');
    const edited = args.action === 'retract' && !wasPublished && current.state !== 'retracted' ? ' (it was never published, so nothing is public to retract)' : '';
    throw new ConflictError(`cannot ${args.action} register entry "${args.id}": it is "${current.state}", not ${from}${edited}`);
  }
  if (args.action === 'revise' && current.systemKey === null) {
    // A person's change to a published entry goes through review: retract it and submit a new one.
    throw new ConflictError(`cannot revise register entry "${args.id}": only entries Loket maintains itself are revised in place`);
  }
  // Retracting an entry under re-edit withdraws what the public saw, never the unreviewed edit.
  const content = entry ?? (args.action === 'retract' && current.state !== 'published' ? await lastPublicContent(tx, args.id) : current.entry);
  const [row] = await tx.query<EntryRow>(
    `update register_entries
     set state = $2, entry = $3::jsonb, updated_at = $4, published_at = case when $5::text = 'publish' then $4 else published_at end
     where id = $1 returning *`,
    [args.id, state, JSON.stringify(content), args.at, args.action],
  );
  if (!row) throw new NotFoundError(`unknown register entry "${args.id}"`);
  await appendHistory(tx, args.id, { at: args.at, actor: args.actor, action: args.action, state, entry: content, reason });
  return toStoredEntry(row);
}

/** The content of entry `id`'s last publication or system revision (its public version). */
async function lastPublicContent(tx: Queryable, id: string): Promise<RegisterEntry> {
  const [row] = await tx.query<{ entry: RegisterEntry }>(
    "select entry from register_entry_history where entry_id = $1 and action in ('publish', 'revise') order by seq desc limit 1",
    [id],
  );
  if (!row) throw new NotFoundError(`register entry "${id}" has no public version`);
  return row.entry;
}

/**
 * Replaces the content of a draft or rejected entry (a rejected entry becomes a draft again).
 * Throws InvalidInputError, NotFoundError, or ConflictError in any other state.
 */
export async function updateDraft(db: Db, args: { id: string; actor: string; input: unknown; at: Date }): Promise<StoredEntry> {
  return move(db, { ...args, action: 'update' });
}

/** Sends a draft for review. Throws NotFoundError, or ConflictError when it is not a draft. */
export async function submit(db: Db, args: { id: string; actor: string; at: Date }): Promise<StoredEntry> {
  return move(db, { ...args, action: 'submit' });
}

/** A reviewer publishes a submitted entry: from now on it is public. Throws NotFoundError or ConflictError. */
export async function publish(db: Db, args: { id: string; reviewer: string; at: Date }): Promise<StoredEntry> {
  return move(db, { id: args.id, actor: args.reviewer, at: args.at, action: 'publish' });
}

/**
 * A reviewer returns a submitted entry to its author with `reason` (required, kept in history).
 * Throws InvalidInputError for an empty reason, NotFoundError, or ConflictError.
 */
export async function reject(db: Db, args: { id: string; reviewer: string; reason: string; at: Date }): Promise<StoredEntry> {
  return move(db, { id: args.id, actor: args.reviewer, at: args.at, action: 'reject', reason: args.reason });
}

/**
 * Takes a published entry out of the public register; its history stays. An entry edited again
 * after publication (draft, submitted, rejected) can be retracted too: its public version is
 * withdrawn and the pending edit dropped. Throws NotFoundError, or ConflictError for an entry that
 * was never published or is already retracted.
 */
export async function retract(db: Db, args: { id: string; actor: string; at: Date; reason?: string }): Promise<StoredEntry> {
  return move(db, { ...args, action: 'retract' });
}

/**
 * The entry with `id` in any state. `forUpdate`: lock its row until the caller's transaction `db`
 * ends, so what is read stays what is stored while the caller builds a change on it. Throws NotFoundError.
 */
export async function getEntry(db: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<StoredEntry> {
  return readEntry(db, id, options);
}

/** The entry Loket maintains under `systemKey` (e.g. `assistant:<tenant id>`), in any state, or undefined. */
export async function findEntryBySystemKey(db: Queryable, systemKey: string): Promise<StoredEntry | undefined> {
  const [row] = await db.query<EntryRow>('select * from register_entries where system_key = $1', [systemKey]);
  return row ? toStoredEntry(row) : undefined;
}

/** True when an entry in any state has exactly this name and lead organisation name. */
export async function hasEntryNamed(db: Queryable, args: { name: string; leadOrganisation: string }): Promise<boolean> {
  const rows = await db.query(
    "select 1 from register_entries where entry->>'name' = $1 and entry->'leadOrganisation'->>'name' = $2 limit 1",
    [args.name, args.leadOrganisation],
  );
  return rows.length > 0;
}

/** Filters for the public list; all optional, combined with "and". `status` is the system's life cycle. */
export interface PublishedFilter {
  tenantId?: string;
  status?: RegisterEntry['status'];
  programme?: RegisterEntry['programme'];
  /** Matched case-insensitively against the name and the purpose. */
  q?: string;
}

/**
 * The public version of each entry, by name: entries that are published, and entries being edited
 * again after publication (a new draft, submitted or rejected), shown as their last published
 * version until the new one is published. Drafts never published and retracted entries are never
 * listed. The returned `state` is "published" and `entry` the public version.
 */
export async function listPublished(db: Queryable, filter: PublishedFilter = {}): Promise<StoredEntry[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(clause(`$${params.length}`));
  };
  if (filter.tenantId !== undefined) add((n) => `tenant_id = ${n}`, filter.tenantId);
  if (filter.status !== undefined) add((n) => `entry->>'status' = ${n}`, filter.status);
  if (filter.programme !== undefined) add((n) => `entry->>'programme' = ${n}`, filter.programme);
  const q = filter.q?.trim();
  if (q) add((n) => `(entry->>'name' ilike ${n} or entry->>'purposeAndImpact' ilike ${n})`, `%${escapeLike(q)}%`);
  const rows = await db.query<EntryRow>(
    `select * from (${PUBLIC_VERSIONS}) v ${where.length > 0 ? `where ${where.join(' and ')}` : ''} order by entry->>'name', id`,
    params,
  );
  return rows.map(toStoredEntry);
}

/**
 * The entry with `id` as the public sees it: its public version (see `listPublished`), or a retracted
 * entry with its last content. Throws NotFoundError for an entry that was never published.
 */
export async function getPublicEntry(db: Queryable, id: string): Promise<StoredEntry> {
  const [row] = await db.query<EntryRow>(
    `select * from (${PUBLIC_VERSIONS}) v where id = $1
     union all
     select id, tenant_id, state, entry, author, created_at, updated_at, published_at, system_key
     from register_entries where id = $1 and state = 'retracted'`,
    [id],
  );
  if (!row) throw new NotFoundError(`unknown register entry "${id}"`);
  return toStoredEntry(row);
}

// Published entries as they are, and entries edited after publication as their last public version.
const PUBLIC_VERSIONS = `
  select e.id, e.tenant_id, 'published' as state,
         case when e.state = 'published' then e.entry else h.entry end as entry,
         e.author, e.created_at, e.updated_at, e.published_at, e.system_key
  from register_entries e
  left join lateral (
    select entry from register_entry_history
    where entry_id = e.id and action in ('publish', 'revise') order by seq desc limit 1
  ) h on e.state <> 'published'
  where e.state = 'published' or (e.state in ('draft', 'submitted', 'rejected') and e.published_at is not null)`;

/** Filters for staff lists; all optional, combined with "and". */
export interface EntryFilter {
  tenantId?: string;
  states?: readonly EntryState[];
}

/** Entries in any review state (staff only: drafts are never public), most recently changed first. */
export async function listEntries(db: Queryable, filter: EntryFilter = {}): Promise<StoredEntry[]> {
  const rows = await db.query<EntryRow>(
    `select * from register_entries
     where ($1::text is null or tenant_id = $1) and ($2::text[] is null or state = any($2::text[]))
     order by updated_at desc, id`,
    [filter.tenantId ?? null, filter.states ? [...filter.states] : null],
  );
  return rows.map(toStoredEntry);
}

/**
 * The reason of the latest rejection of each entry in `ids` that was ever rejected, by entry id, in one
 * query (for lists of rejected entries; `getHistory` per entry would read every step of each).
 */
export async function latestRejectionReasons(db: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<{ entry_id: string; reason: string | null }>(
    `select distinct on (entry_id) entry_id, reason from register_entry_history
     where entry_id = any($1::text[]) and action = 'reject'
     order by entry_id, seq desc`,
    [[...ids]],
  );
  return new Map(rows.filter((row) => row.reason !== null).map((row) => [row.entry_id, row.reason ?? '']));
}

/** The history of an entry, oldest first, without who acted (staff names are not public). Throws NotFoundError. */
export async function getHistory(db: Queryable, entryId: string): Promise<HistoryStep[]> {
  await readEntry(db, entryId);
  const rows = await db.query<{ seq: number; action: EntryAction; state: EntryState; at: Date; reason: string | null; entry: RegisterEntry }>(
    'select seq, action, state, at, reason, entry from register_entry_history where entry_id = $1 order by seq',
    [entryId],
  );
  let before: Record<string, unknown> = {};
  return rows.map((row) => {
    const after = row.entry as Record<string, unknown>;
    const step = { seq: row.seq, action: row.action, state: row.state, at: row.at, reason: row.reason, changedFields: changedFields(before, after) };
    before = after;
    return step;
  });
}

/** Top-level fields whose value differs between two versions of an entry, sorted. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => !isDeepStrictEqual(before[key], after[key])).sort();
}

function move(db: Db, args: { id: string; actor: string; at: Date } & EntryMove): Promise<StoredEntry> {
  return db.transaction((tx) => moveEntryIn(tx, args));
}

async function appendHistory(
  tx: Queryable,
  entryId: string,
  step: { at: Date; actor: string; action: EntryAction; state: EntryState; entry: RegisterEntry; reason: string | null },
): Promise<void> {
  await tx.query(
    `insert into register_entry_history (entry_id, seq, at, actor, action, state, entry, reason)
     select $1, coalesce(max(seq), 0) + 1, $2, $3, $4, $5, $6::jsonb, $7 from register_entry_history where entry_id = $1`,
    [entryId, step.at, step.actor, step.action, step.state, JSON.stringify(step.entry), step.reason],
  );
}

async function readEntry(db: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<StoredEntry> {
  const rows = await db.query<EntryRow>(`select * from register_entries where id = $1${options.forUpdate ? ' for update' : ''}`, [id]);
  const row = rows[0];
  if (!row) throw new NotFoundError(`unknown register entry "${id}"`);
  return toStoredEntry(row);
}

function toStoredEntry(row: EntryRow): StoredEntry {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    state: row.state,
    entry: row.entry,
    author: row.author,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    systemKey: row.system_key,
  };
}

function validEntry(input: unknown): RegisterEntry {
  const result = validateRegisterEntry(input);
  if (!result.ok) throw new InvalidInputError(`the register entry has ${result.problems.length} invalid field(s)`, result.problems);
  return result.entry;
}

function requiredReason(reason: string): string {
  const trimmed = reason.trim();
  if (!trimmed) throw new InvalidInputError('a rejection needs a reason', [{ field: 'reason', message: 'is required' }]);
  return trimmed;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

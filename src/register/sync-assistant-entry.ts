// Keeps each municipality's published register entry about its Loket assistant in step with its profile and settings.
import { isDeepStrictEqual } from 'node:util';
import { InvalidInputError, type Problem } from '../errors/index.js';
import type { Db, Queryable } from '../storage/index.js';
import { getTenant, getTenantSettings, listTenants } from '../tenants/index.js';
import { assistantEntry } from './assistant-entry.js';
import { createPublishedIn, findEntryBySystemKey, moveEntryIn } from './entry-store.js';
import { validateRegisterEntry } from './validate-register-entry.js';

/** Who the history names for the assistant entry's steps. */
export const ASSISTANT_ENTRY_ACTOR = 'system:loket';

/** Outcome of one sync: the entry and whether this call created or revised it. */
export interface AssistantEntrySync {
  id: string;
  changed: boolean;
}

/** Outcome for every tenant; `skipped` are tenants whose entry cannot be valid yet, with why. */
export interface AssistantEntriesSync {
  synced: Array<{ tenantId: string } & AssistantEntrySync>;
  skipped: Array<{ tenantId: string; problems: Problem[] }>;
}

const systemKey = (tenantId: string) => `assistant:${tenantId}`;

/** `YYYY-MM` of `at` in Belgium: the precision the register states for when an assistant went live. */
const brusselsMonth = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit' }).format(at);

/**
 * Brings the entry of `tenantId`'s assistant in line with `assistantEntry(tenant, settings)`.
 * None yet: it is created and published at once by `system:loket` (history create → submit →
 * publish). It skips review on purpose: every fact in it follows from the profile and settings the
 * municipality itself controls and from what Loket does, and the transparency page already says the
 * same to residents; a review queue would only delay the entry behind the page. It says the
 * assistant is in use since the month the entry was first created: the moment Loket began answering
 * for the municipality is the one date Loket itself knows. Published and
 * different: one `revise` step. Equal, or retracted by the municipality: nothing. Serialised per
 * tenant (advisory lock), so nodes starting together create one entry. Throws UnknownTenantError,
 * or InvalidInputError when the entry cannot be valid (no e-mail or https address and an http
 * `publicUrl`: no contact the schema accepts).
 */
export async function syncAssistantEntry(db: Db, tenantId: string, options: { at: Date; publicUrl: string }): Promise<AssistantEntrySync> {
  return db.transaction(async (tx) => {
    const key = systemKey(tenantId);
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [key]);
    const [tenant, settings] = [await getTenant(tx, tenantId), await getTenantSettings(tx, tenantId)];
    const current = await findEntryBySystemKey(tx, key);
    const inUseSince = brusselsMonth(current?.createdAt ?? options.at);
    const validation = validateRegisterEntry(assistantEntry(tenant, settings, { publicUrl: options.publicUrl, inUseSince }));
    if (!validation.ok) {
      throw new InvalidInputError(`the register entry of the assistant of tenant "${tenantId}" cannot be made valid`, validation.problems);
    }
    // As stored (jsonb keeps no undefined values), so equal content compares equal.
    const entry: unknown = JSON.parse(JSON.stringify(validation.entry));
    if (!current) {
      const created = await createPublishedIn(tx, { tenantId, actor: ASSISTANT_ENTRY_ACTOR, input: entry, at: options.at, systemKey: key });
      return { id: created.id, changed: true };
    }
    if (current.state !== 'published' || isDeepStrictEqual(current.entry, entry)) return { id: current.id, changed: false };
    await moveEntryIn(tx, { id: current.id, actor: ASSISTANT_ENTRY_ACTOR, at: options.at, action: 'revise', input: entry });
    return { id: current.id, changed: true };
  });
}

/** The id of `tenantId`'s assistant entry while it is published (the transparency page links to it), else undefined. */
export async function findPublishedAssistantEntryId(db: Queryable, tenantId: string): Promise<string | undefined> {
  const stored = await findEntryBySystemKey(db, systemKey(tenantId));
  return stored?.state === 'published' ? stored.id : undefined;
}

/**
 * `syncAssistantEntry` for every tenant, each in its own transaction. A tenant whose entry cannot
 * be valid is listed in `skipped` and the others go on; other errors are thrown.
 */
export async function syncAllAssistantEntries(db: Db, options: { at: Date; publicUrl: string }): Promise<AssistantEntriesSync> {
  const result: AssistantEntriesSync = { synced: [], skipped: [] };
  for (const tenant of await listTenants(db)) {
    try {
      result.synced.push({ tenantId: tenant.id, ...(await syncAssistantEntry(db, tenant.id, options)) });
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      result.skipped.push({ tenantId: tenant.id, problems: error.details ?? [] });
    }
  }
  return result;
}

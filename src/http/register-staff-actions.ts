// The register steps staff take, shared by the JSON API and the console so both check, act and audit alike:
// another municipality's entry does not exist (404), a role that is too low is refused (403), and each
// change is stored with its audit entry in one transaction.
import { z } from '@hono/zod-openapi';
import { ConflictError, ForbiddenError, NotFoundError, UnknownTenantError } from '../errors/index.js';
import { appendAudit } from '../governance/index.js';
import {
  createDraftIn, getEntry, getHistory, listEntries, moveEntryIn, type EntryMove, type HistoryStep, type StoredEntry,
} from '../register/index.js';
import type { Db, Queryable } from '../storage/index.js';
import {
  canOpenReviewQueue, canReadRegisterDrafts, canRetractEntry, canReviewEntry, canSeeTenant, canWriteRegisterEntry, getTenant,
  getTenantSettings, type Actor,
} from '../tenants/index.js';
import { authorizeTenant } from './auth/authorize.js';
import { cleanText } from './params.js';

/** A register entry id as it appears in a path. */
export const entryIdParam = z.string().uuid('must be a register entry id');
/** The longest reason a rejection or retraction may give. */
export const REASON_MAX_LENGTH = 2000;
/** Why a reviewer returns an entry: required, as the author must learn what to change. */
export const rejectionReason = cleanText(1, REASON_MAX_LENGTH);
/** Why an entry is taken out of the public register: optional. */
export const retractionReason = cleanText(0, REASON_MAX_LENGTH);

/**
 * New content for `update`: the entry input itself (the API), or a function building it from the
 * entry as stored, read inside the update's transaction with its row locked (the console's form,
 * which keeps the fields it does not show from exactly the version it replaces).
 */
export type EntryUpdateInput = Record<string, unknown> | ((current: StoredEntry) => unknown);

/** The register steps of staff over `db`; every function throws UnknownTenantError/NotFoundError (404) or ForbiddenError (403) first. */
export function registerStaffActions(db: Db) {
  /** The entry `entryId` of `tenant` (`forUpdate`: its row locked), or NotFoundError when it belongs to another municipality (or to none). */
  const entryOf = async (q: Queryable, tenant: string, entryId: string, options: { forUpdate?: boolean } = {}): Promise<StoredEntry> => {
    const stored = await getEntry(q, entryId, options);
    if (stored.tenantId !== tenant) throw new NotFoundError(`unknown register entry "${entryId}"`);
    return stored;
  };
  const mayReview = async (q: Queryable, actor: Actor, tenant: string, stored: StoredEntry) => {
    const { registerReview } = await getTenantSettings(q, tenant);
    if (!canReviewEntry(actor, stored, registerReview)) {
      throw new ForbiddenError(
        stored.author === actor.id
          ? 'nobody reviews an entry they wrote themselves'
          : `role "${actor.role}" may not review this municipality's register entries (they are reviewed ${registerReview === 'own' ? 'by its own approver' : 'regionally'})`,
      );
    }
  };
  /** Runs `step` and appends `register.<what>` to the audit log in one transaction. */
  const audited = (actor: Actor, tenant: string, what: string, at: Date, step: (tx: Queryable) => Promise<StoredEntry>, details?: Record<string, unknown>) =>
    db.transaction(async (tx) => {
      const stored = await step(tx);
      await appendAudit(tx, { at, actor: actor.id, tenantId: tenant, action: `register.${what}`, target: `register-entry:${stored.id}`, ...(details ? { details } : {}) });
      return stored;
    });
  /** One workflow step on an entry of `tenant`, after `authorize` has passed for the entry. */
  const moveAudited = (
    actor: Actor, tenant: string, entryId: string, at: Date, move: EntryMove,
    authorize: (tx: Queryable, stored: StoredEntry) => Promise<void> | void = () => undefined, details?: Record<string, unknown>,
  ) =>
    audited(actor, tenant, move.action, at, async (tx) => {
      await authorize(tx, await entryOf(tx, tenant, entryId));
      return moveEntryIn(tx, { id: entryId, actor: actor.id, at, ...move });
    }, details);

  return {
    /** `tenant`'s entries in every state, most recently changed first. */
    async list(actor: Actor, tenant: string): Promise<StoredEntry[]> {
      authorizeTenant(actor, tenant, canReadRegisterDrafts, 'read register drafts');
      await getTenant(db, tenant);
      return listEntries(db, { tenantId: tenant });
    },
    /** One entry of `tenant` in any state, with every step of its history (a rejection's reason included). */
    async read(actor: Actor, tenant: string, entryId: string): Promise<{ stored: StoredEntry; history: HistoryStep[] }> {
      authorizeTenant(actor, tenant, canReadRegisterDrafts, 'read register drafts');
      const stored = await entryOf(db, tenant, entryId);
      return { stored, history: await getHistory(db, entryId) };
    },
    /** Stores `input` as a new draft by `actor`. Throws InvalidInputError (one problem per field) and stores nothing. */
    async create(actor: Actor, tenant: string, input: unknown, at: Date): Promise<StoredEntry> {
      authorizeTenant(actor, tenant, canWriteRegisterEntry, 'write register entries');
      await getTenant(db, tenant);
      return audited(actor, tenant, 'create', at, (tx) => createDraftIn(tx, { tenantId: tenant, author: actor.id, input, at }));
    },
    /**
     * Replaces a draft, rejected or published entry's content (a new draft). `expectedUpdatedAt`: the
     * entry's `updatedAt` as the editor saw it; when it changed since, nothing is stored (EntryChangedError).
     * An entry Loket maintains itself (a system key, e.g. the assistant's) is never edited by hand: it
     * follows the municipality's settings, and a hand edit would stop that (ConflictError). Throws
     * InvalidInputError, or ConflictError when the workflow does not allow an edit in the entry's state.
     */
    update(actor: Actor, tenant: string, entryId: string, input: EntryUpdateInput, at: Date, expectedUpdatedAt?: Date): Promise<StoredEntry> {
      authorizeTenant(actor, tenant, canWriteRegisterEntry, 'write register entries');
      return audited(actor, tenant, 'update', at, async (tx) => {
        // Locked here, so the content built on it and the version compared are those the update replaces.
        const current = await entryOf(tx, tenant, entryId, { forUpdate: true });
        if (current.systemKey !== null) throw new ConflictError(`register entry "${entryId}" is kept by Loket from the municipality's settings`);
        const content = typeof input === 'function' ? input(current) : input;
        return moveEntryIn(tx, { id: entryId, actor: actor.id, at, action: 'update', input: content, ...(expectedUpdatedAt ? { expectedUpdatedAt } : {}) });
      });
    },
    /** Sends a draft for review. Throws ConflictError in another state. */
    submit(actor: Actor, tenant: string, entryId: string, at: Date): Promise<StoredEntry> {
      authorizeTenant(actor, tenant, canWriteRegisterEntry, 'submit register entries');
      return moveAudited(actor, tenant, entryId, at, { action: 'submit' });
    },
    /** Publishes a submitted entry; `canReviewEntry` decides who may (never its author). */
    publish(actor: Actor, tenant: string, entryId: string, at: Date): Promise<StoredEntry> {
      if (!canSeeTenant(actor, tenant)) throw new UnknownTenantError(tenant);
      return moveAudited(actor, tenant, entryId, at, { action: 'publish' }, (tx, stored) => mayReview(tx, actor, tenant, stored));
    },
    /** Returns a submitted entry to its author with `reason` (required, also in the audit entry). */
    reject(actor: Actor, tenant: string, entryId: string, reason: string, at: Date): Promise<StoredEntry> {
      if (!canSeeTenant(actor, tenant)) throw new UnknownTenantError(tenant);
      return moveAudited(actor, tenant, entryId, at, { action: 'reject', reason }, (tx, stored) => mayReview(tx, actor, tenant, stored), { reason });
    },
    /** Takes a published entry out of the public register; its history stays. */
    retract(actor: Actor, tenant: string, entryId: string, reason: string | undefined, at: Date): Promise<StoredEntry> {
      authorizeTenant(actor, tenant, canRetractEntry, 'retract register entries');
      return moveAudited(actor, tenant, entryId, at, { action: 'retract', ...(reason ? { reason } : {}) }, undefined, reason ? { reason } : undefined);
    },
    /** Whether `actor` may publish or reject `stored` (for showing the buttons; the steps check again). */
    async canReview(actor: Actor, stored: StoredEntry): Promise<boolean> {
      if (stored.tenantId === null || !canSeeTenant(actor, stored.tenantId)) return false;
      return canReviewEntry(actor, stored, (await getTenantSettings(db, stored.tenantId)).registerReview);
    },
    /** Submitted entries `actor` may publish or reject, of every municipality they see. Throws ForbiddenError for non-reviewers. */
    async reviewQueue(actor: Actor): Promise<StoredEntry[]> {
      if (!canOpenReviewQueue(actor)) throw new ForbiddenError(`role "${actor.role}" does not review register entries`);
      const platformWide = actor.tenantId === null;
      const submitted = await listEntries(db, { states: ['submitted'], ...(platformWide ? {} : { tenantId: actor.tenantId ?? '' }) });
      const reviewable: StoredEntry[] = [];
      for (const stored of submitted) {
        const review = stored.tenantId === null ? 'regional' : (await getTenantSettings(db, stored.tenantId)).registerReview;
        if (canReviewEntry(actor, stored, review)) reviewable.push(stored);
      }
      return reviewable;
    },
  };
}

/** The register steps of staff, as `registerStaffActions` builds them. */
export type RegisterStaffActions = ReturnType<typeof registerStaffActions>;

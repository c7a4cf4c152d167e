// The register's write API for staff: a municipality's entries in every state, drafting, review, retraction, file import. Audited.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ForbiddenError, NotFoundError, UnknownTenantError } from '../../errors/index.js';
import { appendAudit } from '../../governance/index.js';
import {
  createDraft, getEntry, getHistory, importEntryFile, listEntries, publish, reject, retract, submit, updateDraft, type StoredEntry,
} from '../../register/index.js';
import {
  canOpenReviewQueue, canReadRegisterDrafts, canRetractEntry, canReviewEntry, canSeeTenant, canWriteRegisterEntry, getTenant,
  getTenantSettings, type Actor,
} from '../../tenants/index.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor, type AuthVariables } from '../auth/authenticate.js';
import { authorizeTenant } from '../auth/authorize.js';
import { errorResponses } from '../error-envelope.js';
import { cleanText, tenantParam } from '../params.js';
import { presentStaffEntry, StaffEntrySchema } from '../presenters/register-presenter.js';

const entryParam = z.string().uuid('must be a register entry id');
const EntryBody = z
  .object({ entry: z.record(z.string(), z.unknown()).openapi({ description: 'A register entry; see docs/register.md for its fields' }) })
  .strict();
const ReasonBody = z.object({ reason: cleanText(1, 2000) }).strict();
const OptionalReasonBody = z.object({ reason: cleanText(0, 2000).optional() }).strict();
const ImportBody = z.object({ fileName: z.string().min(1).max(200), content: z.string().max(10 * 1024 * 1024) }).strict();

const secured = { tags: ['register (staff)'], security: [{ bearer: [] }] };
const tenantPath = '/api/v1/tenants/{tenant}/register/entries';
const entryPath = `${tenantPath}/{entryId}`;
const entryParams = z.object({ tenant: tenantParam, entryId: entryParam });
const oneEntry = { description: 'The entry', content: { 'application/json': { schema: StaffEntrySchema } } };
const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });

const listRoute = createRoute({
  ...secured, method: 'get', path: tenantPath, summary: 'A municipality\'s register entries in every state',
  request: { params: z.object({ tenant: tenantParam }) },
  responses: { 200: { description: 'Entries', content: { 'application/json': { schema: z.array(StaffEntrySchema) } } }, ...errorResponses(401, 403, 404) },
});
const createEntryRoute = createRoute({
  ...secured, method: 'post', path: tenantPath, summary: 'Write a new entry (a draft)',
  request: { params: z.object({ tenant: tenantParam }), body: json(EntryBody) },
  responses: { 201: oneEntry, ...errorResponses(400, 401, 403, 404) },
});
const getRoute = createRoute({
  ...secured, method: 'get', path: entryPath, summary: 'One entry in any state', request: { params: entryParams },
  responses: { 200: oneEntry, ...errorResponses(401, 403, 404) },
});
const updateRoute = createRoute({
  ...secured, method: 'put', path: entryPath, summary: 'Replace a draft or rejected entry', request: { params: entryParams, body: json(EntryBody) },
  responses: { 200: oneEntry, ...errorResponses(400, 401, 403, 404, 409) },
});
const actionResponses = { 200: oneEntry, ...errorResponses(400, 401, 403, 404, 409) };
const action = (name: string, summary: string) =>
  createRoute({ ...secured, method: 'post', path: `${entryPath}/${name}`, summary, request: { params: entryParams }, responses: actionResponses });
const submitRoute = action('submit', 'Send a draft for review');
const publishRoute = action('publish', 'Publish a submitted entry (reviewers)');
const rejectRoute = createRoute({
  ...secured, method: 'post', path: `${entryPath}/reject`, summary: 'Return a submitted entry to its author with a reason (reviewers)',
  request: { params: entryParams, body: json(ReasonBody) }, responses: actionResponses,
});
const retractRoute = createRoute({
  ...secured, method: 'post', path: `${entryPath}/retract`, summary: 'Take a published entry out of the public register; its history stays',
  request: { params: entryParams, body: json(OptionalReasonBody) }, responses: actionResponses,
});
const importRoute = createRoute({
  ...secured, method: 'post', path: '/api/v1/tenants/{tenant}/register/import', summary: 'Import a file of entries as drafts: all or nothing',
  request: { params: z.object({ tenant: tenantParam }), body: json(ImportBody) },
  responses: {
    201: { description: 'Created drafts', content: { 'application/json': { schema: z.object({ created: z.array(z.object({ id: z.string(), name: z.string() })) }) } } },
    ...errorResponses(400, 401, 403, 404, 413),
  },
});
const queueRoute = createRoute({
  ...secured, method: 'get', path: '/api/v1/register/review', summary: 'Submitted entries this reviewer may publish or reject',
  responses: { 200: { description: 'Entries awaiting review', content: { 'application/json': { schema: z.array(StaffEntrySchema) } } }, ...errorResponses(401, 403) },
});

/** Registers the staff register routes. */
export function registerStaffRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<{ Variables: AuthVariables }>();
  const { db } = deps;

  /** The entry `entryId` of `tenant`, or 404 when it belongs to another municipality (or to none). */
  const entryOf = async (tenant: string, entryId: string): Promise<StoredEntry> => {
    const stored = await getEntry(db, entryId);
    if (stored.tenantId !== tenant) throw new NotFoundError(`unknown register entry "${entryId}"`);
    return stored;
  };
  const audit = (actor: Actor, tenant: string, what: string, entryId: string, details?: Record<string, unknown>) =>
    appendAudit(db, { actor: actor.id, tenantId: tenant, action: `register.${what}`, target: `register-entry:${entryId}`, ...(details ? { details } : {}) });
  const mayReview = async (actor: Actor, tenant: string, stored: StoredEntry) => {
    const { registerReview } = await getTenantSettings(db, tenant);
    if (!canReviewEntry(actor, stored, registerReview)) {
      throw new ForbiddenError(
        stored.author === actor.id
          ? 'nobody reviews an entry they wrote themselves'
          : `role "${actor.role}" may not review this municipality's register entries (they are reviewed ${registerReview === 'own' ? 'by its own approver' : 'regionally'})`,
      );
    }
  };

  app.openapi(listRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant } = c.req.valid('param');
    authorizeTenant(actor, tenant, canReadRegisterDrafts, 'read register drafts');
    await getTenant(db, tenant);
    return c.json((await listEntries(db, { tenantId: tenant })).map((stored) => presentStaffEntry(stored)), 200);
  });
  app.openapi(createEntryRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant } = c.req.valid('param');
    authorizeTenant(actor, tenant, canWriteRegisterEntry, 'write register entries');
    await getTenant(db, tenant);
    const stored = await createDraft(db, { tenantId: tenant, author: actor.id, input: c.req.valid('json').entry, at: new Date() });
    await audit(actor, tenant, 'create', stored.id);
    return c.json(presentStaffEntry(stored), 201);
  });
  app.openapi(getRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant, entryId } = c.req.valid('param');
    authorizeTenant(actor, tenant, canReadRegisterDrafts, 'read register drafts');
    return c.json(presentStaffEntry(await entryOf(tenant, entryId), await getHistory(db, entryId)), 200);
  });
  app.openapi(updateRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant, entryId } = c.req.valid('param');
    authorizeTenant(actor, tenant, canWriteRegisterEntry, 'write register entries');
    await entryOf(tenant, entryId);
    const stored = await updateDraft(db, { id: entryId, actor: actor.id, input: c.req.valid('json').entry, at: new Date() });
    await audit(actor, tenant, 'update', entryId);
    return c.json(presentStaffEntry(stored), 200);
  });
  app.openapi(submitRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant, entryId } = c.req.valid('param');
    authorizeTenant(actor, tenant, canWriteRegisterEntry, 'submit register entries');
    await entryOf(tenant, entryId);
    const stored = await submit(db, { id: entryId, actor: actor.id, at: new Date() });
    await audit(actor, tenant, 'submit', entryId);
    return c.json(presentStaffEntry(stored), 200);
  });
  app.openapi(publishRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant, entryId } = c.req.valid('param');
    if (!canSeeTenant(actor, tenant)) throw new UnknownTenantError(tenant);
    await mayReview(actor, tenant, await entryOf(tenant, entryId));
    const stored = await publish(db, { id: entryId, reviewer: actor.id, at: new Date() });
    await audit(actor, tenant, 'publish', entryId);
    return c.json(presentStaffEntry(stored), 200);
  });
  app.openapi(rejectRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant, entryId } = c.req.valid('param');
    if (!canSeeTenant(actor, tenant)) throw new UnknownTenantError(tenant);
    await mayReview(actor, tenant, await entryOf(tenant, entryId));
    const { reason } = c.req.valid('json');
    const stored = await reject(db, { id: entryId, reviewer: actor.id, reason, at: new Date() });
    await audit(actor, tenant, 'reject', entryId, { reason });
    return c.json(presentStaffEntry(stored), 200);
  });
  app.openapi(retractRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant, entryId } = c.req.valid('param');
    authorizeTenant(actor, tenant, canRetractEntry, 'retract register entries');
    await entryOf(tenant, entryId);
    const { reason } = c.req.valid('json');
    const stored = await retract(db, { id: entryId, actor: actor.id, at: new Date(), ...(reason ? { reason } : {}) });
    await audit(actor, tenant, 'retract', entryId, reason ? { reason } : undefined);
    return c.json(presentStaffEntry(stored), 200);
  });
  app.openapi(importRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant } = c.req.valid('param');
    authorizeTenant(actor, tenant, canWriteRegisterEntry, 'import register entries');
    await getTenant(db, tenant);
    const { fileName, content } = c.req.valid('json');
    const result = await importEntryFile(db, { tenantId: tenant, author: actor.id, at: new Date(), fileName, content });
    await appendAudit(db, { actor: actor.id, tenantId: tenant, action: 'register.import', target: `tenant:${tenant}`, details: { fileName, created: result.created.length } });
    return c.json(result, 201);
  });
  app.openapi(queueRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    if (!canOpenReviewQueue(actor)) throw new ForbiddenError(`role "${actor.role}" does not review register entries`);
    const platformWide = actor.tenantId === null;
    const submitted = await listEntries(db, { states: ['submitted'], ...(platformWide ? {} : { tenantId: actor.tenantId ?? '' }) });
    const reviewable: StoredEntry[] = [];
    for (const stored of submitted) {
      const review = stored.tenantId === null ? 'regional' : (await getTenantSettings(db, stored.tenantId)).registerReview;
      if (canReviewEntry(actor, stored, review)) reviewable.push(stored);
    }
    return c.json(reviewable.map((stored) => presentStaffEntry(stored)), 200);
  });
  return app;
}

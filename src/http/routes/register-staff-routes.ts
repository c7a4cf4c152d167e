// The register's write API for staff: a municipality's entries in every state, drafting, review, retraction, file import. Audited.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { appendAudit } from '../../governance/index.js';
import { importEntryFile } from '../../register/index.js';
import { canWriteRegisterEntry, getTenant } from '../../tenants/index.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor, type AuthVariables } from '../auth/authenticate.js';
import { authorizeTenant } from '../auth/authorize.js';
import { errorResponses } from '../error-envelope.js';
import { tenantParam } from '../params.js';
import { presentStaffEntry, StaffEntrySchema } from '../presenters/register-presenter.js';
import { entryIdParam as entryParam, registerStaffActions, rejectionReason, retractionReason } from '../register-staff-actions.js';

const EntryBody = z
  .object({ entry: z.record(z.string(), z.unknown()).openapi({ description: 'A register entry; see docs/register.md for its fields' }) })
  .strict();
const ReasonBody = z.object({ reason: rejectionReason }).strict();
const OptionalReasonBody = z.object({ reason: retractionReason.optional() }).strict();
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

/** Registers the staff register routes; the steps themselves (checks, store, audit) are `registerStaffActions`, shared with the console. */
export function registerStaffRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<{ Variables: AuthVariables }>();
  const { db } = deps;
  const actions = registerStaffActions(db);

  app.openapi(listRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant } = c.req.valid('param');
    return c.json((await actions.list(actor, tenant)).map((stored) => presentStaffEntry(stored)), 200);
  });
  app.openapi(createEntryRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant } = c.req.valid('param');
    return c.json(presentStaffEntry(await actions.create(actor, tenant, c.req.valid('json').entry, new Date())), 201);
  });
  app.openapi(getRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant, entryId } = c.req.valid('param');
    const { stored, history } = await actions.read(actor, tenant, entryId);
    return c.json(presentStaffEntry(stored, history), 200);
  });
  app.openapi(updateRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant, entryId } = c.req.valid('param');
    return c.json(presentStaffEntry(await actions.update(actor, tenant, entryId, c.req.valid('json').entry, new Date())), 200);
  });
  app.openapi(submitRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant, entryId } = c.req.valid('param');
    return c.json(presentStaffEntry(await actions.submit(actor, tenant, entryId, new Date())), 200);
  });
  app.openapi(publishRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant, entryId } = c.req.valid('param');
    return c.json(presentStaffEntry(await actions.publish(actor, tenant, entryId, new Date())), 200);
  });
  app.openapi(rejectRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant, entryId } = c.req.valid('param');
    return c.json(presentStaffEntry(await actions.reject(actor, tenant, entryId, c.req.valid('json').reason, new Date())), 200);
  });
  app.openapi(retractRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant, entryId } = c.req.valid('param');
    return c.json(presentStaffEntry(await actions.retract(actor, tenant, entryId, c.req.valid('json').reason, new Date())), 200);
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
    return c.json((await actions.reviewQueue(actor)).map((stored) => presentStaffEntry(stored)), 200);
  });
  return app;
}

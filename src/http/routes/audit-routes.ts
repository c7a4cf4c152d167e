// The audit log for admins: a municipality's entries for its admins, everything for platform admins.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ForbiddenError } from '../../errors/index.js';
import { listAudit } from '../../governance/index.js';
import { canReadAudit, getTenant } from '../../tenants/index.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor, type AuthVariables } from '../auth/authenticate.js';
import { authorizeTenant } from '../auth/authorize.js';
import { errorResponses } from '../error-envelope.js';
import { tenantParam } from '../params.js';

const AuditEntrySchema = z
  .object({
    seq: z.number(),
    at: z.string(),
    actor: z.string(),
    tenant: z.string().nullable(),
    action: z.string(),
    target: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    hash: z.string(),
  })
  .openapi('AuditEntry');
const query = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) });

const tenantRoute = createRoute({
  method: 'get', path: '/api/v1/tenants/{tenant}/audit', tags: ['staff'], summary: 'A municipality\'s audit log, newest first', security: [{ bearer: [] }],
  request: { params: z.object({ tenant: tenantParam }), query },
  responses: { 200: { description: 'Entries', content: { 'application/json': { schema: z.array(AuditEntrySchema) } } }, ...errorResponses(401, 403, 404) },
});
const platformRoute = createRoute({
  method: 'get', path: '/api/v1/audit', tags: ['staff'], summary: 'The whole audit log (platform admins), newest first', security: [{ bearer: [] }],
  request: { query },
  responses: { 200: { description: 'Entries', content: { 'application/json': { schema: z.array(AuditEntrySchema) } } }, ...errorResponses(401, 403) },
});

const present = (entries: Awaited<ReturnType<typeof listAudit>>) =>
  entries.map((e) => ({ seq: e.seq, at: e.at, actor: e.actor, tenant: e.tenantId, action: e.action, target: e.target, details: e.details, hash: e.hash }));

/** Registers the audit routes. */
export function auditRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<{ Variables: AuthVariables }>();
  app.openapi(tenantRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant } = c.req.valid('param');
    authorizeTenant(actor, tenant, canReadAudit, 'read the audit log');
    await getTenant(deps.db, tenant);
    return c.json(present(await listAudit(deps.db, tenant, c.req.valid('query').limit)), 200);
  });
  app.openapi(platformRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    if (!canReadAudit(actor, null)) throw new ForbiddenError(`role "${actor.role}" may not read the platform audit log`);
    return c.json(present(await listAudit(deps.db, null, c.req.valid('query').limit)), 200);
  });
  return app;
}

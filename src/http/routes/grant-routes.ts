// POST /api/v1/tokens and POST /api/v1/accounts: admins give access, within their own reach.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ForbiddenError } from '../../errors/index.js';
import { appendAudit } from '../../governance/index.js';
import { canGrant, canSeeTenant, createAccount, createApiToken, getTenant, MIN_PASSWORD_LENGTH, ROLES } from '../../tenants/index.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor, type AuthVariables } from '../auth/authenticate.js';
import { UnknownTenantError } from '../../errors/index.js';
import { errorResponses } from '../error-envelope.js';
import { cleanText, tenantParam } from '../params.js';

const grantFields = {
  tenant: tenantParam.nullable().openapi({ description: 'municipality id, or null for platform-wide' }),
  role: z.enum(ROLES),
  name: cleanText(1, 200),
};
const TokenRequest = z.object(grantFields).strict().openapi('TokenRequest');
const AccountRequest = z
  .object({ ...grantFields, email: z.string().trim().email().max(320), password: cleanText(MIN_PASSWORD_LENGTH, 1000).optional() })
  .strict()
  .openapi('AccountRequest');

const tokenRoute = createRoute({
  method: 'post',
  path: '/api/v1/tokens',
  tags: ['staff'],
  summary: 'Create an API token (platform admins; municipality admins for their own municipality)',
  security: [{ bearer: [] }],
  request: { body: { content: { 'application/json': { schema: TokenRequest } }, required: true } },
  responses: {
    201: { description: 'The token, shown once', content: { 'application/json': { schema: z.object({ token: z.string(), id: z.string() }) } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

const accountRoute = createRoute({
  method: 'post',
  path: '/api/v1/accounts',
  tags: ['staff'],
  summary: 'Create a staff account (without password: signs in through OpenID Connect)',
  security: [{ bearer: [] }],
  request: { body: { content: { 'application/json': { schema: AccountRequest } }, required: true } },
  responses: {
    201: { description: 'The account', content: { 'application/json': { schema: z.object({ id: z.string(), email: z.string(), role: z.enum(ROLES), tenant: z.string().nullable() }) } } },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

/** Registers the routes that grant access. */
export function grantRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<{ Variables: AuthVariables }>();
  const check = async (actor: ReturnType<typeof requireActor>, tenantId: string | null, role: (typeof ROLES)[number]) => {
    if (tenantId !== null) {
      if (!canSeeTenant(actor, tenantId)) throw new UnknownTenantError(tenantId);
      await getTenant(deps.db, tenantId);
    }
    if (!canGrant(actor, { tenantId, role })) throw new ForbiddenError(`role "${actor.role}" may not grant "${role}" ${tenantId ? `for ${tenantId}` : 'platform-wide'}`);
  };
  app.openapi(tokenRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const body = c.req.valid('json');
    await check(actor, body.tenant, body.role);
    const created = await deps.db.transaction(async (tx) => {
      const token = await createApiToken(tx, { tenantId: body.tenant, role: body.role, name: body.name, createdBy: actor.id });
      await appendAudit(tx, { actor: actor.id, tenantId: body.tenant, action: 'token.create', target: `token:${token.id}`, details: { role: body.role, name: body.name } });
      return token;
    });
    return c.json(created, 201);
  });
  app.openapi(accountRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const body = c.req.valid('json');
    await check(actor, body.tenant, body.role);
    const account = await deps.db.transaction(async (tx) => {
      const created = await createAccount(tx, { email: body.email, name: body.name, role: body.role, tenantId: body.tenant, ...(body.password ? { password: body.password } : {}) });
      await appendAudit(tx, { actor: actor.id, tenantId: body.tenant, action: 'account.create', target: `account:${created.id}`, details: { role: body.role } });
      return created;
    });
    return c.json({ id: account.id, email: account.email, role: account.role, tenant: account.tenantId }, 201);
  });
  return app;
}

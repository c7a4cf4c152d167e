// Staff sign-in with e-mail and password: a session cookie (HttpOnly, Secure, SameSite=Strict)
// and a CSRF token for changes. Sign-ins are rate limited per client and locked per account.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { appendAudit } from '../../governance/index.js';
import { createSession, deleteSession, signInWithPassword } from '../../tenants/index.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor, SESSION_COOKIE, type AuthVariables } from '../auth/authenticate.js';
import { errorResponses } from '../error-envelope.js';
import { clientKey, type RateLimiter } from '../rate-limit.js';
import { cleanText } from '../params.js';

const SessionSchema = z
  .object({ actor: z.object({ id: z.string(), name: z.string(), role: z.string(), tenant: z.string().nullable() }), csrfToken: z.string() })
  .openapi('Session');

const signIn = createRoute({
  method: 'post', path: '/api/v1/session', tags: ['staff'], summary: 'Sign in with e-mail and password',
  request: { body: { content: { 'application/json': { schema: z.object({ email: cleanText(3, 320), password: cleanText(1, 1000) }).strict() } }, required: true } },
  responses: { 200: { description: 'Signed in; the cookie is set', content: { 'application/json': { schema: SessionSchema } } }, ...errorResponses(400, 401, 429) },
});
const current = createRoute({
  method: 'get', path: '/api/v1/session', tags: ['staff'], summary: 'The signed-in staff member and the CSRF token',
  responses: { 200: { description: 'Session', content: { 'application/json': { schema: SessionSchema } } }, ...errorResponses(401) },
});
const signOut = createRoute({
  method: 'delete', path: '/api/v1/session', tags: ['staff'], summary: 'Sign out (needs X-CSRF-Token)',
  responses: { 204: { description: 'Signed out' }, ...errorResponses(401, 403) },
});

/** Registers the session routes; `limiter` bounds sign-in attempts per client. */
export function sessionRoutes(deps: AppDeps, limiter: RateLimiter) {
  const app = new OpenAPIHono<{ Variables: AuthVariables }>();
  app.openapi(signIn, async (c) => {
    await limiter.take(`signin:${clientKey(c, deps.config)}`);
    const { email, password } = c.req.valid('json');
    const now = new Date();
    const account = await signInWithPassword(deps.db, email, password, now);
    const session = await deps.db.transaction(async (tx) => {
      const created = await createSession(tx, account.id, now);
      await appendAudit(tx, { at: now, actor: `account:${account.id}`, tenantId: account.tenantId, action: 'session.create', target: null });
      return created;
    });
    setCookie(c, SESSION_COOKIE, session.cookie, { httpOnly: true, secure: true, sameSite: 'Strict', path: '/', expires: session.expiresAt });
    return c.json({ actor: { id: `account:${account.id}`, name: account.name, role: account.role, tenant: account.tenantId }, csrfToken: session.csrfToken }, 200);
  });
  app.openapi(current, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json({ actor: { id: actor.id, name: actor.name, role: actor.role, tenant: actor.tenantId }, csrfToken: c.get('csrfToken') ?? '' }, 200);
  });
  app.openapi(signOut, async (c) => {
    const actor = requireActor(c.get('actor'));
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie) {
      await deps.db.transaction(async (tx) => {
        await deleteSession(tx, cookie);
        await appendAudit(tx, { actor: actor.id, tenantId: actor.tenantId, action: 'session.delete', target: null });
      });
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true });
    return c.body(null, 204);
  });
  return app;
}

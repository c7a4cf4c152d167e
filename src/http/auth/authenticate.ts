// Middleware: finds the staff actor of a request from `Authorization: Bearer <token>` or the
// session cookie, and refuses cookie-authenticated changes without the session's CSRF token.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { CsrfError, UnauthenticatedError } from '../../errors/index.js';
import { findSession, findTokenActor, sameSecret, type Actor } from '../../tenants/index.js';
import type { AppDeps } from '../app-deps.js';

export const SESSION_COOKIE = 'loket_session';

/** Variables the middleware sets on the context. */
export interface AuthVariables {
  actor: Actor | undefined;
  csrfToken: string | undefined;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The CSRF token a change carries: the `X-CSRF-Token` header, or for a plain HTML form post
 * (the staff console works without scripts) its `csrf` field. Hono caches the parsed body, so
 * the handler reads it again.
 */
async function submittedCsrfToken(c: Context): Promise<string> {
  const header = c.req.header('x-csrf-token');
  if (header !== undefined) return header;
  if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) return '';
  const field = (await c.req.parseBody())['csrf'];
  return typeof field === 'string' ? field : '';
}

/** Resolves the actor (undefined for anonymous requests); throws on a bad bearer token or missing CSRF token. */
export function authenticate(deps: AppDeps): MiddlewareHandler<{ Variables: AuthVariables }> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header !== undefined) {
      const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
      const actor = token ? await findTokenActor(deps.db, token) : undefined;
      if (!actor) throw new UnauthenticatedError('the bearer token is unknown or revoked');
      c.set('actor', actor);
      return next();
    }
    const cookie = getCookie(c, SESSION_COOKIE);
    const session = cookie ? await findSession(deps.db, cookie, new Date()) : undefined;
    if (session) {
      if (!SAFE_METHODS.has(c.req.method) && !sameSecret(await submittedCsrfToken(c), session.csrfToken)) throw new CsrfError();
      c.set('actor', session.actor);
      c.set('csrfToken', session.csrfToken);
    }
    return next();
  };
}

/** The actor of a staff request; throws UnauthenticatedError when there is none. */
export function requireActor(actor: Actor | undefined): Actor {
  if (!actor) throw new UnauthenticatedError('this route needs a bearer token or a staff session');
  return actor;
}

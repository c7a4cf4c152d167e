// Staff sign-in through the deployment's OpenID Connect provider: a redirect there, and a callback
// that turns the provider's verified identity into a session for an account an admin created first.
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { z } from 'zod';
import { InvalidConfigError, InvalidInputError, NotFoundError, UnauthenticatedError } from '../../errors/index.js';
import { appendAudit } from '../../governance/index.js';
import { createSession, findAccountForOidc, sameSecret } from '../../tenants/index.js';
import type { AppDeps } from '../app-deps.js';
import { SESSION_COOKIE } from '../auth/authenticate.js';
import { createOidcClient, OIDC_CALLBACK_PATH, type OidcClient } from '../oidc/create-oidc-client.js';
import { OIDC_STATE_MINUTES, oidcStateKey, setOidcStateCookie, takeOidcStateCookie } from '../oidc/oidc-state-cookie.js';
import { html } from 'hono/html';

const LOGIN_PATH = '/auth/oidc/login';

// A backslash counts as a slash in browsers, so "/\evil.example" would leave the site like "//evil.example".
const isLocalPath = (path: string) => path.startsWith('/') && !/^\/[/\\]/.test(path) && !/[\u0000-\u001f\u007f]/.test(path);

const loginQuery = z.object({
  returnTo: z.string().max(1024).refine(isLocalPath, 'must be a path on this site: start with "/" and not "//"').default('/'),
});

/**
 * Registers GET /auth/oidc/login (302 to the provider) and GET /auth/oidc/callback (session cookie
 * and a page that moves on to `returnTo`, default "/"). Without OpenID Connect configured both answer not_found.
 * Throws InvalidConfigError at assembly for an unusable issuer or a missing LOKET_PUBLIC_URL.
 */
export function oidcRoutes(deps: AppDeps) {
  const app = new Hono();
  const settings = deps.config.oidc;
  let oidc: { client: OidcClient; key: string } | undefined;
  if (settings) {
    if (!deps.config.publicUrl) {
      const message = 'LOKET_PUBLIC_URL is needed for OpenID Connect redirects';
      throw new InvalidConfigError(`invalid configuration: ${message}`, [{ field: 'LOKET_PUBLIC_URL', message }]);
    }
    oidc = { client: createOidcClient(settings, deps.config.publicUrl, deps.logger), key: oidcStateKey(settings.clientSecret) };
  }

  function configured() {
    if (!oidc) {
      throw new NotFoundError('OpenID Connect sign-in is not configured on this Loket (LOKET_OIDC_ISSUER, LOKET_OIDC_CLIENT_ID, LOKET_OIDC_CLIENT_SECRET)');
    }
    return oidc;
  }

  app.get(LOGIN_PATH, async (c) => {
    const { client, key } = configured();
    const query = loginQuery.safeParse(c.req.query());
    if (!query.success) {
      const details = query.error.issues.map((issue) => ({ field: issue.path.join('.'), message: `${issue.path.join('.')}: ${issue.message}` }));
      throw new InvalidInputError(details.map((d) => d.message).join('; '), details);
    }
    const { url, checks } = await client.startSignIn();
    await setOidcStateCookie(c, { ...checks, returnTo: query.data.returnTo }, key, new Date());
    c.header('Cache-Control', 'no-store');
    return c.redirect(url.href, 302);
  });

  app.get(OIDC_CALLBACK_PATH, async (c) => {
    const { client, key } = configured();
    const now = new Date();
    const pending = await takeOidcStateCookie(c, key, now);
    if (!pending) {
      throw new UnauthenticatedError(`no sign-in was started in this browser in the last ${OIDC_STATE_MINUTES} minutes; start again at ${LOGIN_PATH}`);
    }
    if (!sameSecret(c.req.query('state') ?? '', pending.state)) {
      throw new UnauthenticatedError(`the "state" of this response does not match the sign-in started in this browser; start again at ${LOGIN_PATH}`);
    }
    // The provider checks the redirect URI as registered, so it is rebuilt from LOKET_PUBLIC_URL, not from a proxied request URL.
    const identity = await client.finishSignIn(new URL(`${client.redirectUri}${new URL(c.req.url).search}`), pending);
    const signedIn = await deps.db.transaction(async (tx) => {
      const account = await findAccountForOidc(tx, identity.subject, identity.email);
      if (!account) return undefined;
      const session = await createSession(tx, account.id, now);
      await appendAudit(tx, { at: now, actor: `account:${account.id}`, tenantId: account.tenantId, action: 'session.create', target: null, details: { method: 'oidc' } });
      return session;
    });
    if (!signedIn) throw new UnauthenticatedError('no Loket account for this sign-in; ask an admin');
    setCookie(c, SESSION_COOKIE, signedIn.cookie, { httpOnly: true, secure: true, sameSite: 'Strict', path: '/', expires: signedIn.expiresAt });
    c.header('Cache-Control', 'no-store');
    // Not a redirect: a navigation chain that began at the provider counts as cross-site, so the
    // browser would withhold the new SameSite=Strict cookie on the next page. A page of our own
    // that moves on (meta refresh, no script) makes that next navigation same-site.
    return c.html(
      html`<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${pending.returnTo}"><title>Aangemeld · Loket</title><link rel="stylesheet" href="/assets/site.css"></head><body><main><h1>U bent aangemeld</h1><p><a href="${pending.returnTo}">Verder naar Loket</a></p></main></body></html>`,
      200,
    );
  });

  return app;
}

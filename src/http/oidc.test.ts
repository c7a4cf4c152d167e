// OpenID Connect staff sign-in against a real provider (oidc-provider) on a loopback port: the
// test plays the browser at the provider, Loket runs in process and talks to the provider itself.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
// oidc-provider ships no types of its own; the few members used here are typed where it is constructed.
// @ts-expect-error TS7016: no declaration file for 'oidc-provider'
import Provider from 'oidc-provider';
import type { Db } from '../storage/index.js';
import { createAccount } from '../tenants/index.js';
import type { LoketApp } from './index.js';
import { openTestApp } from './test-support/test-app.js';

const PUBLIC_URL = 'http://loket.test';
const REDIRECT_URI = `${PUBLIC_URL}/auth/oidc/callback`;
const CLIENT = { id: 'loket-staff', secret: 'a client secret only this test knows' };

/** The people the provider knows, by the login typed on its sign-in form. */
const PEOPLE: Record<string, { email: string; email_verified: boolean }> = {
  anna: { email: 'Anna.Peeters@leiebeke.example', email_verified: true },
  stranger: { email: 'stranger@elsewhere.example', email_verified: true },
  unverified: { email: 'unverified@leiebeke.example', email_verified: false },
};

/** Starts oidc-provider on 127.0.0.1 with an ephemeral port and one confidential client for Loket. */
async function startProvider(): Promise<{ issuer: string; server: Server }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider: { callback(): RequestListener } = new Provider(issuer, {
    clients: [{
      client_id: CLIENT.id,
      client_secret: CLIENT.secret,
      redirect_uris: [REDIRECT_URI],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    }],
    async findAccount(_ctx: unknown, id: string) {
      const person = PEOPLE[id];
      return person && { accountId: id, claims: async () => ({ sub: `subject-${id}`, ...person }) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    // devInteractions (on by default) serves the login and consent forms this test fills in.
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['a cookie key only this test knows'] },
    // Explicit lifetimes (seconds) keep the provider from noting its defaults on every run.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    jwks: { keys: [{ ...signingKey, kid: 'test-key', use: 'sig' }] },
  });
  server.on('request', provider.callback());
  return { issuer, server };
}

/**
 * Plays the browser at the provider from `authorizationUrl`: follows its redirects, fills in its
 * login form as `login` and accepts its consent form, keeping the provider's cookies in between.
 * Returns the URL the provider sends the browser back to at Loket.
 */
async function signInAtProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  let request: { url: string; form?: URLSearchParams } = { url: authorizationUrl };
  for (let step = 0; step < 20; step += 1) {
    const headers: Record<string, string> = {};
    if (jar.size > 0) headers.cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    if (request.form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const res = await fetch(request.url, { method: request.form ? 'POST' : 'GET', headers, body: request.form, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name = '', value = ''] = pair.split(/=(.*)/s);
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      const next = new URL(location, request.url);
      if (next.href.startsWith(REDIRECT_URI)) return next;
      request = { url: next.href };
      continue;
    }
    const html = await res.text();
    assert.equal(res.status, 200, `provider answered ${res.status} at ${request.url}: ${html.slice(0, 300)}`);
    const action = /<form[^>]*action="([^"]+)"[^>]*method="post"/.exec(html)?.[1];
    assert.ok(action, `no form at ${request.url}`);
    const form = new URLSearchParams([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m): [string, string] => [m[1] ?? '', m[2] ?? '']));
    if (form.get('prompt') === 'login') {
      form.set('login', login);
      form.set('password', 'any password; devInteractions accepts every one');
    }
    request = { url: new URL(action.replaceAll('&amp;', '&'), request.url).href, form };
  }
  throw new Error('the provider did not send the browser back to Loket within 20 steps');
}

/** `name=value` of the cookie `name` set by `res`, ready for a Cookie header; undefined when not set. */
function cookieFrom(res: Response, name: string): string | undefined {
  return res.headers.getSetCookie().find((line) => line.startsWith(`${name}=`))?.split(';')[0];
}

describe('OpenID Connect staff sign-in', () => {
  let provider: Server;
  let issuer: string;
  let app: LoketApp;
  let db: Db;

  before(async () => {
    const started = await startProvider();
    provider = started.server;
    issuer = started.issuer;
    ({ app, db } = await openTestApp({
      env: {
        LOKET_OIDC_ISSUER: issuer,
        LOKET_OIDC_CLIENT_ID: CLIENT.id,
        LOKET_OIDC_CLIENT_SECRET: CLIENT.secret,
        LOKET_PUBLIC_URL: PUBLIC_URL,
      },
    }));
    await createAccount(db, { email: 'anna.peeters@leiebeke.example', name: 'Anna Peeters', role: 'editor', tenantId: 'leiebeke' });
    await createAccount(db, { email: 'unverified@leiebeke.example', name: 'Not Verified', role: 'editor', tenantId: 'leiebeke' });
  });
  after(async () => {
    provider.closeAllConnections();
    await new Promise((resolve) => provider.close(resolve));
    await db.close();
  });

  /** Starts a sign-in at Loket; returns the provider URL and the state cookie Loket set. */
  async function startAtLoket(query = ''): Promise<{ authorizationUrl: string; stateCookie: string }> {
    const res = await app.request(`${PUBLIC_URL}/auth/oidc/login${query}`);
    assert.equal(res.status, 302, await res.clone().text());
    const stateCookie = cookieFrom(res, 'loket_oidc');
    assert.ok(stateCookie, 'the login sets the state cookie');
    return { authorizationUrl: res.headers.get('location') ?? '', stateCookie };
  }

  it('the login redirects to the provider with PKCE (S256), state and nonce, and a Lax state cookie', async () => {
    const res = await app.request(`${PUBLIC_URL}/auth/oidc/login`);
    assert.equal(res.status, 302);
    const target = new URL(res.headers.get('location') ?? '');
    assert.equal(target.searchParams.get('client_id'), CLIENT.id);
    assert.equal(target.searchParams.get('redirect_uri'), REDIRECT_URI);
    assert.equal(target.searchParams.get('response_type'), 'code');
    assert.equal(target.searchParams.get('code_challenge_method'), 'S256');
    assert.ok(target.searchParams.get('code_challenge'));
    assert.ok(target.searchParams.get('state'));
    assert.ok(target.searchParams.get('nonce'));
    const line = res.headers.getSetCookie().find((l) => l.startsWith('loket_oidc=')) ?? '';
    assert.match(line, /HttpOnly/);
    assert.match(line, /Secure/);
    assert.match(line, /SameSite=Lax/);
  });

  it('a staff member with an account signs in at the provider and gets a Loket session', async () => {
    const { authorizationUrl, stateCookie } = await startAtLoket('?returnTo=%2Fbeheer%3Ftab%3Dregister');
    const callback = await signInAtProvider(authorizationUrl, 'anna');
    const res = await app.request(callback.href, { headers: { cookie: stateCookie } });
    assert.equal(res.status, 200, await res.clone().text());
    // A page that moves on (so the Strict session cookie is sent on the next, same-site navigation).
    const page = await res.clone().text();
    assert.match(page, /<meta http-equiv="refresh" content="0;url=\/beheer\?tab=register">/);
    assert.match(page, /<a href="\/beheer\?tab=register">/);
    const line = res.headers.getSetCookie().find((l) => l.startsWith('loket_session=')) ?? '';
    assert.match(line, /HttpOnly/);
    assert.match(line, /Secure/);
    assert.match(line, /SameSite=Strict/);

    const session = await app.request('/api/v1/session', { headers: { cookie: cookieFrom(res, 'loket_session') ?? '' } });
    assert.equal(session.status, 200);
    const body = (await session.json()) as { actor: { name: string; role: string; tenant: string | null } };
    assert.deepEqual({ name: body.actor.name, role: body.actor.role, tenant: body.actor.tenant }, { name: 'Anna Peeters', role: 'editor', tenant: 'leiebeke' });

    const [audit] = await db.query<{ details: unknown }>("select details from audit_log where action = 'session.create' order by seq desc limit 1");
    assert.deepEqual(audit?.details, { method: 'oidc' });
    const [linked] = await db.query<{ oidc_subject: string }>("select oidc_subject from accounts where email = 'anna.peeters@leiebeke.example'");
    assert.equal(linked?.oidc_subject, 'subject-anna');
  });

  it('a person the provider knows but Loket has no account for is refused', async () => {
    const { authorizationUrl, stateCookie } = await startAtLoket();
    const callback = await signInAtProvider(authorizationUrl, 'stranger');
    const res = await app.request(callback.href, { headers: { cookie: stateCookie } });
    assert.equal(res.status, 401);
    assert.deepEqual(await res.json(), { error: { code: 'unauthenticated', message: 'no Loket account for this sign-in; ask an admin' } });
    assert.equal(cookieFrom(res, 'loket_session'), undefined);
  });

  it('an e-mail address the provider marks unverified does not link to an account', async () => {
    const { authorizationUrl, stateCookie } = await startAtLoket();
    const callback = await signInAtProvider(authorizationUrl, 'unverified');
    const res = await app.request(callback.href, { headers: { cookie: stateCookie } });
    assert.equal(res.status, 401);
    assert.equal(((await res.json()) as { error: { message: string } }).error.message, 'no Loket account for this sign-in; ask an admin');
  });

  it('a callback whose state differs from the state cookie is refused', async () => {
    const { authorizationUrl, stateCookie } = await startAtLoket();
    const callback = await signInAtProvider(authorizationUrl, 'anna');
    callback.searchParams.set('state', 'a-state-from-another-browser');
    const res = await app.request(callback.href, { headers: { cookie: stateCookie } });
    assert.equal(res.status, 401);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    assert.equal(error.code, 'unauthenticated');
    assert.match(error.message, /"state"/);
    assert.equal(cookieFrom(res, 'loket_session'), undefined);
  });

  it('a callback without the state cookie, or with a forged one, is refused', async () => {
    const { authorizationUrl, stateCookie } = await startAtLoket();
    const callback = await signInAtProvider(authorizationUrl, 'anna');
    const missing = await app.request(callback.href);
    assert.equal(missing.status, 401);
    assert.match(((await missing.json()) as { error: { message: string } }).error.message, /no sign-in was started in this browser/);
    const [name, value = ''] = stateCookie.split(/=(.*)/s);
    const forged = await app.request(callback.href, { headers: { cookie: `${name}=${value.replace(/.{4}$/, 'AAAA')}` } });
    assert.equal(forged.status, 401);
  });

  it('a code is good for one sign-in only', async () => {
    const { authorizationUrl, stateCookie } = await startAtLoket();
    const callback = await signInAtProvider(authorizationUrl, 'anna');
    assert.equal((await app.request(callback.href, { headers: { cookie: stateCookie } })).status, 200);
    const replay = await app.request(callback.href, { headers: { cookie: stateCookie } });
    assert.equal(replay.status, 401);
    assert.match(((await replay.json()) as { error: { message: string } }).error.message, /invalid_grant/);
  });

  it('a deployment whose client secret the provider does not accept gets identity_provider_unavailable', async () => {
    const wrong = await openTestApp({
      demo: false,
      env: { LOKET_OIDC_ISSUER: issuer, LOKET_OIDC_CLIENT_ID: CLIENT.id, LOKET_OIDC_CLIENT_SECRET: 'not the secret the provider has', LOKET_PUBLIC_URL: PUBLIC_URL },
    });
    try {
      const login = await wrong.app.request(`${PUBLIC_URL}/auth/oidc/login`);
      // The secret is only checked at the token exchange: the login itself must still redirect.
      assert.equal(login.status, 302, await login.clone().text());
      const callback = await signInAtProvider(login.headers.get('location') ?? '', 'anna');
      const res = await wrong.app.request(callback.href, { headers: { cookie: cookieFrom(login, 'loket_oidc') ?? '' } });
      assert.equal(res.status, 502, await res.clone().text());
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'identity_provider_unavailable');
    } finally {
      await wrong.db.close();
    }
  });

  it('a provider that cannot be reached gives identity_provider_unavailable, not a crash', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const down = await openTestApp({
      demo: false,
      env: { LOKET_OIDC_ISSUER: 'http://127.0.0.1:1', LOKET_OIDC_CLIENT_ID: CLIENT.id, LOKET_OIDC_CLIENT_SECRET: CLIENT.secret, LOKET_PUBLIC_URL: PUBLIC_URL },
    });
    try {
      const res = await down.app.request(`${PUBLIC_URL}/auth/oidc/login`);
      assert.equal(res.status, 502);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'identity_provider_unavailable');
    } finally {
      await down.db.close();
    }
  });

  it('returnTo must stay on this site', async () => {
    for (const returnTo of ['//evil.example/', '/\\evil.example/', 'https://evil.example/']) {
      const res = await app.request(`${PUBLIC_URL}/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`);
      assert.equal(res.status, 400, returnTo);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'invalid_input');
    }
  });
});

describe('OpenID Connect sign-in when the deployment has none', () => {
  let app: LoketApp;
  let db: Db;
  before(async () => {
    ({ app, db } = await openTestApp({ demo: false }));
  });
  after(async () => db.close());

  for (const path of ['/auth/oidc/login', '/auth/oidc/callback?code=x&state=y']) {
    it(`GET ${path} answers not_found saying it is not configured`, async () => {
      const res = await app.request(path);
      assert.equal(res.status, 404);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      assert.equal(error.code, 'not_found');
      assert.match(error.message, /OpenID Connect sign-in is not configured/);
    });
  }
});

// Staff sign-in: cookie attributes, CSRF on changes, the same answer for unknown e-mail and wrong
// password, lockout after repeated failures, and tokens granted within an admin's reach.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAccount, LOCKOUT_AFTER } from '../tenants/index.js';
import type { Db } from '../storage/index.js';
import type { LoketApp } from './index.js';
import { openTestApp } from './test-support/test-app.js';
import { staffTokens } from './test-support/staff-tokens.js';

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe('staff sessions and tokens', () => {
  let app: LoketApp;
  let db: Db;
  let tokens: Awaited<ReturnType<typeof staffTokens>>;
  const password = 'correct horse battery staple';
  before(async () => {
    ({ app, db } = await openTestApp());
    tokens = await staffTokens(db, ['leiebeke', 'scheldegem']);
    await createAccount(db, { email: 'Agent@Leiebeke.example', name: 'An Agent', role: 'agent', tenantId: 'leiebeke', password });
    await createAccount(db, { email: 'victim@leiebeke.example', name: 'Victim', role: 'editor', tenantId: 'leiebeke', password });
  });
  after(async () => db.close());

  const signIn = (email: string, pw: string) => app.request('/api/v1/session', json({ email, password: pw }));

  it('signing in sets an HttpOnly, Secure, SameSite=Strict cookie and returns the CSRF token', async () => {
    const res = await signIn('agent@leiebeke.example', password);
    assert.equal(res.status, 200);
    const cookie = res.headers.get('set-cookie') ?? '';
    assert.match(cookie, /^loket_session=[\w-]{43};/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /Secure/);
    assert.match(cookie, /SameSite=Strict/);
    const body = (await res.json()) as { actor: { role: string; tenant: string }; csrfToken: string };
    assert.deepEqual([body.actor.role, body.actor.tenant], ['agent', 'leiebeke']);
    const session = cookie.split(';')[0] as string;
    const me = await app.request('/api/v1/session', { headers: { cookie: session } });
    assert.equal(me.status, 200);
    // A change with the cookie needs the CSRF token: without it 403, with it 204.
    const without = await app.request('/api/v1/session', { method: 'DELETE', headers: { cookie: session } });
    assert.equal(without.status, 403);
    assert.equal(((await without.json()) as { error: { code: string } }).error.code, 'csrf_failed');
    const withToken = await app.request('/api/v1/session', { method: 'DELETE', headers: { cookie: session, 'x-csrf-token': body.csrfToken } });
    assert.equal(withToken.status, 204);
    assert.equal((await app.request('/api/v1/session', { headers: { cookie: session } })).status, 401);
  });

  it('an unknown e-mail and a wrong password get the same answer', async () => {
    const unknown = await signIn('nobody@leiebeke.example', password);
    const wrong = await signIn('agent@leiebeke.example', 'wrong password here');
    assert.equal(unknown.status, 401);
    assert.equal(wrong.status, 401);
    assert.deepEqual(await unknown.json(), await wrong.json());
  });

  it(`${LOCKOUT_AFTER} failed sign-ins in a row lock the account, even for the right password`, async () => {
    for (let i = 1; i < LOCKOUT_AFTER; i += 1) assert.equal((await signIn('victim@leiebeke.example', `wrong ${i}`)).status, 401);
    const locking = await signIn('victim@leiebeke.example', 'wrong again');
    assert.equal(locking.status, 429);
    assert.equal(((await locking.json()) as { error: { code: string } }).error.code, 'account_locked');
    assert.equal((await signIn('victim@leiebeke.example', password)).status, 429);
  });

  it('too many sign-in attempts from one client are rate limited with 429', async () => {
    let last = 0;
    for (let i = 0; i < 12; i += 1) last = (await signIn(`nobody${i}@example.org`, 'x')).status;
    assert.equal(last, 429);
  });

  it('a platform admin creates a token; it works at once and only within its municipality', async () => {
    const res = await app.request('/api/v1/tokens', json({ tenant: 'scheldegem', role: 'agent', name: 'inbox bot' }, { authorization: `Bearer ${tokens.platform!.admin}` }));
    assert.equal(res.status, 201);
    const { token, id } = (await res.json()) as { token: string; id: string };
    assert.match(token, /^lkt_/);
    assert.ok(id);
    const [stored] = await db.query<{ token_hash: string }>('select token_hash from api_tokens where id = $1', [id]);
    assert.notEqual(stored?.token_hash, token, 'tokens are stored hashed');
    assert.equal((await app.request('/api/v1/tenants/scheldegem/audit', { headers: { authorization: `Bearer ${token}` } })).status, 403);
    assert.equal((await app.request('/api/v1/tenants/leiebeke/audit', { headers: { authorization: `Bearer ${token}` } })).status, 404);
  });

  it('a municipality admin grants within its municipality only; platform-wide grants need a platform admin', async () => {
    const own = await app.request('/api/v1/tokens', json({ tenant: 'leiebeke', role: 'editor', name: 'editor' }, { authorization: `Bearer ${tokens.leiebeke!.admin}` }));
    assert.equal(own.status, 201);
    const platform = await app.request('/api/v1/tokens', json({ tenant: null, role: 'reviewer', name: 'reviewer' }, { authorization: `Bearer ${tokens.leiebeke!.admin}` }));
    assert.equal(platform.status, 403);
  });

  it('every grant and sign-in is in the audit log', async () => {
    const res = await app.request('/api/v1/audit?limit=1000', { headers: { authorization: `Bearer ${tokens.platform!.admin}` } });
    const actions = ((await res.json()) as Array<{ action: string }>).map((e) => e.action);
    for (const action of ['session.create', 'session.delete', 'token.create']) assert.ok(actions.includes(action), action);
  });
});

// The route walker: every registered staff route, checked against its declared rule — no
// credentials → 401, another municipality's resource → 404, too little role → 403, allowed → served.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { appendTurn, newConversation } from '../conversations/index.js';
import { createDraft, publish, submit } from '../register/index.js';
import { ROLES, type Role } from '../tenants/index.js';
import type { Db } from '../storage/index.js';
import { STAFF_ROUTES, type StaffRouteRule } from './auth/staff-routes.js';
import type { LoketApp } from './index.js';
import { openTestApp } from './test-support/test-app.js';
import { staffTokens } from './test-support/staff-tokens.js';

describe('route walker over every staff route', () => {
  let app: LoketApp;
  let db: Db;
  let tokens: Awaited<ReturnType<typeof staffTokens>>;
  let counter = 0;
  let checked = 0;
  before(async () => {
    ({ app, db } = await openTestApp());
    tokens = await staffTokens(db, ['leiebeke', 'scheldegem']);
  });
  after(async () => {
    console.log(`route walker: ${checked} checks over ${STAFF_ROUTES.length} staff routes`);
    await db.close();
  });

  // A fresh conversation of `tenant` for routes that name one (a deleted one cannot be reused).
  const conversationOf = async (tenant: string) => {
    const conversation = newConversation(tenant);
    await appendTurn(db, tenant, conversation.id, { state: 'bot', context: {}, at: new Date() }, [{ role: 'resident', text: 'hallo' }]);
    return conversation.id;
  };

  // A fresh register entry of `tenant` in the state the route acts on.
  const entryOf = async (tenant: string, state: StaffRouteRule['entryState']) => {
    const at = new Date();
    const input = { ...(STAFF_ROUTES.find((r) => r.method === 'POST' && r.path.endsWith('/register/entries'))?.sampleBody?.entry as object) };
    const { id } = await createDraft(db, { tenantId: tenant, author: 'walker', input, at });
    if (state === 'submitted' || state === 'published') await submit(db, { id, actor: 'walker', at });
    if (state === 'published') await publish(db, { id, reviewer: 'walker-reviewer', at });
    return id;
  };

  const call = async (rule: StaffRouteRule, target: string, token: string | undefined) => {
    counter += 1;
    let path = rule.path.replace('{tenant}', target);
    if (path.includes('{conversationId}')) path = path.replace('{conversationId}', await conversationOf(target));
    if (path.includes('{entryId}')) path = path.replace('{entryId}', await entryOf(target, rule.entryState));
    const body = rule.sampleBody
      ? JSON.stringify({ ...rule.sampleBody, ...(rule.tenantIn === 'body' ? { tenant: target } : {}), ...(rule.sampleBody.email ? { email: `walker-${counter}@example.org` } : {}) })
      : undefined;
    const headers: Record<string, string> = { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) };
    checked += 1;
    return app.request(path, { method: rule.method, headers, ...(body ? { body } : {}) });
  };

  const code = async (res: Response) => ((await res.json()) as { error?: { code: string } }).error?.code;

  for (const rule of STAFF_ROUTES) {
    describe(`${rule.method} ${rule.path}`, () => {
      it('without credentials: 401 unauthenticated', async () => {
        const res = await call(rule, 'leiebeke', undefined);
        assert.equal(res.status, 401);
        assert.equal(await code(res), 'unauthenticated');
      });

      it('a wrong bearer token: 401', async () => {
        assert.equal((await call(rule, 'leiebeke', 'lkt_not-a-real-token')).status, 401);
      });

      if (rule.tenantIn !== 'none') {
        it('another municipality\'s resource: 404, as if it did not exist', async () => {
          for (const role of rule.roles) {
            const res = await call(rule, 'scheldegem', tokens.leiebeke![role]);
            assert.equal(res.status, 404, `${role} of leiebeke`);
          }
        });
      }

      const tooLow = ROLES.filter((role) => !rule.roles.includes(role));
      it(`too little role (${tooLow.join(', ') || 'none'}): 403 forbidden`, async () => {
        for (const role of tooLow) {
          const res = await call(rule, 'leiebeke', tokens.leiebeke![role]);
          assert.equal(res.status, 403, `${role} of leiebeke`);
          assert.equal(await code(res), 'forbidden');
        }
      });

      it('an allowed role is served, and a platform admin always is', async () => {
        const allowed: Array<[string, Role]> = [...rule.roles.map((r): [string, Role] => ['leiebeke', r]), ['platform', 'admin']];
        for (const [scope, role] of allowed) {
          const res = await call(rule, 'leiebeke', tokens[scope]![role]);
          if (res.status < 200 || res.status >= 300) assert.fail(`${role} of ${scope}: ${res.status} ${await res.text()}`);
          // Not read: an event stream (the live inbox) never ends on its own; cancelling ends it.
          await res.body?.cancel();
        }
      });
    });
  }

  it('every bearer-secured route of the OpenAPI document is in the walker\'s list', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    const secured = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).filter(([, op]) => op.security?.length).map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    const declared = STAFF_ROUTES.map((r) => `${r.method} ${r.path}`);
    assert.deepEqual(secured.sort(), declared.sort());
  });
});

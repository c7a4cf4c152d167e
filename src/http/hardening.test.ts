// Security headers on every response, a CSP without unsafe-inline, and chat rate limits that
// answer 429 in the error envelope.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../storage/index.js';
import type { LoketApp } from './index.js';
import { openTestApp } from './test-support/test-app.js';

describe('hardening', () => {
  let app: LoketApp;
  let db: Db;
  before(async () => {
    ({ app, db } = await openTestApp({ env: { LOKET_CHAT_LIMIT_PER_MINUTE: '5', LOKET_CONVERSATION_LIMIT_PER_MINUTE: '2' } }));
  });
  after(async () => db.close());

  it('pages and API responses carry a strict CSP and the usual security headers', async () => {
    for (const path of ['/', '/api/v1/tenants', '/nowhere']) {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/, path);
      assert.match(csp, /script-src 'self'/, path);
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      assert.ok(res.headers.get('strict-transport-security'), path);
      assert.ok(res.headers.get('referrer-policy'), path);
    }
  });

  it('the landing page has no inline script or style for the CSP to block', async () => {
    const html = await (await app.request('/')).text();
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)|<style|\sstyle=/);
  });

  const chat = (body: Record<string, unknown>) =>
    app.request('/api/v1/tenants/leiebeke/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('one conversation may send only so many messages a minute: 429 rate_limited in the envelope', async () => {
    const { conversationId } = (await (await chat({ message: 'reispas' })).json()) as { conversationId: string };
    assert.equal((await chat({ message: 'wat kost dat', conversationId })).status, 200);
    assert.equal((await chat({ message: 'en voor kinderen', conversationId })).status, 200);
    const limited = await chat({ message: 'nog eens', conversationId });
    assert.equal(limited.status, 429);
    const body = (await limited.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'rate_limited');
    assert.match(body.error.message, /try again in \d+ seconds/);
  });

  it('one client may send only so many messages a minute', async () => {
    // Four messages were sent above from this (in-process) client; the limit is 5.
    assert.equal((await chat({ message: 'hallo' })).status, 200);
    assert.equal((await chat({ message: 'hallo' })).status, 429);
  });
});

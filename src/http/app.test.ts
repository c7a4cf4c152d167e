// The HTTP edge through app.request(): health, tenants, errors in the envelope, OpenAPI, landing page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createKnowledgeCache } from '../assistant/index.js';
import { createConversationFeed } from '../cluster/index.js';
import { loadConfig } from '../config/index.js';
import type { Db } from '../storage/index.js';
import { createApp, type LoketApp } from './index.js';
import { openTestApp } from './test-support/test-app.js';

describe('HTTP app', () => {
  let app: LoketApp;
  let db: Db;
  before(async () => {
    ({ app, db } = await openTestApp());
  });
  after(async () => db.close());

  it('GET /healthz answers ok once the database answers', async () => {
    const res = await app.request('/healthz');
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'ok' });
  });

  it('GET /api/v1/tenants lists the demo municipalities with id and name only', async () => {
    const res = await app.request('/api/v1/tenants');
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), [
      { id: 'kempenhout', name: 'Kempenhout' },
      { id: 'leiebeke', name: 'Leiebeke' },
      { id: 'scheldegem', name: 'Scheldegem' },
    ]);
  });

  it('an unknown route gets the error envelope with not_found', async () => {
    const res = await app.request('/api/v1/nothing-here');
    assert.equal(res.status, 404);
    assert.deepEqual(await res.json(), { error: { code: 'not_found', message: 'no route GET /api/v1/nothing-here' } });
  });

  it('the OpenAPI document describes the routes and the error envelope', async () => {
    const res = await app.request('/api/v1/openapi.json');
    assert.equal(res.status, 200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(doc.paths['/healthz'] && doc.paths['/api/v1/tenants']);
    assert.ok(doc.components.schemas.Error && doc.components.schemas.TenantSummary);
  });

  it('the landing page lists the municipalities and links the API', async () => {
    const res = await app.request('/');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    const html = await res.text();
    assert.match(html, /^<!DOCTYPE html>/);
    for (const name of ['Leiebeke', 'Scheldegem', 'Kempenhout']) assert.match(html, new RegExp(`<h3>${name}</h3>`));
    assert.match(html, /href="\/api\/v1\/openapi.json"/);
    assert.equal((await app.request('/assets/site.css')).status, 200);
  });

  it('escapes municipality data on the landing page', async () => {
    await db.query(`insert into tenants (id, name, kind, style) values ('xss', '<img src=x onerror=alert(1)>', 'gemeente', 'u')`);
    const html = await (await app.request('/')).text();
    assert.ok(!html.includes('<img src=x'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    await db.query(`delete from tenants where id = 'xss'`);
  });

  it('a failing database gives 503 storage_unavailable on /healthz and never leaks SQL or stacks', async () => {
    const broken = { ...db, query: async () => { throw new Error('relation "secret_table" does not exist at Object.<anonymous> (/src/x.ts:1)'); } } as Db;
    const brokenApp = createApp({ db: broken, config: loadConfig({}), logger: pino({ level: 'silent' }), knowledge: createKnowledgeCache(broken), conversationFeed: createConversationFeed(broken) });
    const health = await brokenApp.request('/healthz');
    assert.equal(health.status, 503);
    assert.equal(((await health.json()) as { error: { code: string } }).error.code, 'storage_unavailable');
    const tenants = await brokenApp.request('/api/v1/tenants');
    assert.equal(tenants.status, 500);
    const body = await tenants.text();
    assert.deepEqual(JSON.parse(body), { error: { code: 'internal_error', message: 'an internal error occurred; it has been logged' } });
  });

  it('logs one structured line per request, without the body', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => { lines.push(String(chunk)); done(); } });
    const loggedApp = createApp({ db, config: loadConfig({}), logger: pino({ level: 'info' }, sink), knowledge: createKnowledgeCache(db), conversationFeed: createConversationFeed(db) });
    await loggedApp.request('/api/v1/tenants?x=1', { method: 'GET' });
    await loggedApp.request('/nowhere', { method: 'POST', body: 'rijksregisternummer 85073003328', headers: { 'content-type': 'text/plain' } });
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(entries.map((e) => [e.method, e.path, e.status]), [['GET', '/api/v1/tenants', 200], ['POST', '/nowhere', 404]]);
    assert.ok(entries.every((e) => typeof e.ms === 'number' && typeof e.requestId === 'string'));
    assert.ok(!lines.join('').includes('85073003328'));
  });
});

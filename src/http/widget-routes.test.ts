// The widget bundle and its pages: /widget.js within budget, the demo site, the transparency page, unknown tenants.
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { OpenAPIHono } from '@hono/zod-openapi';
import { buildWidget, WIDGET_BUDGET_BYTES } from '../../scripts/build-widget.mjs';
import { createKnowledgeCache } from '../assistant/index.js';
import { createConversationFeed } from '../cluster/index.js';
import { loadConfig } from '../config/index.js';
import { createLogger } from '../logging/index.js';
import type { Db } from '../storage/index.js';
import { saveTenantSettings } from '../tenants/index.js';
import type { LoketApp } from './index.js';
import { toErrorResponse } from './on-error.js';
import { widgetRoutes } from './routes/widget-routes.js';
import { openTestApp } from './test-support/test-app.js';
import { staffTokens } from './test-support/staff-tokens.js';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>/i;
const INLINE_STYLE = /<style\b|\sstyle=/i;
const HANDLERS = /\son[a-z]+=/i;

describe('widget routes', () => {
  let app: LoketApp;
  let db: Db;
  before(async () => {
    // Self-contained on a fresh clone: build the bundle from the current source before the app reads it.
    await buildWidget();
    ({ app, db } = await openTestApp());
    await saveTenantSettings(db, 'scheldegem', { retentionDays: 30, registerReview: 'regional' });
  });
  after(async () => db.close());

  it('GET /widget.js serves one script within the 30 KB gzipped budget', async () => {
    const res = await app.request('/widget.js');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(res.headers.get('cache-control') ?? '', /max-age=\d+/);
    const body = Buffer.from(await res.arrayBuffer());
    assert.ok(body.length > 1000, 'the bundle is not empty');
    assert.ok(gzipSync(body).length <= WIDGET_BUDGET_BYTES, `${gzipSync(body).length} bytes gzipped`);
    assert.match(body.toString('utf8'), /loket-chat/);
  });

  it('the bundle contacts no other host and builds no HTML from strings', async () => {
    const code = Buffer.from(await (await app.request('/widget.js')).arrayBuffer()).toString('utf8');
    assert.doesNotMatch(code, /innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    assert.doesNotMatch(code, /https?:\/\/(?!www\.w3\.org)/, 'no absolute URLs to other hosts');
  });

  it('a revalidation with the ETag gets 304', async () => {
    const etag = (await app.request('/widget.js')).headers.get('etag');
    assert.ok(etag);
    const res = await app.request('/widget.js', { headers: { 'If-None-Match': etag } });
    assert.equal(res.status, 304);
  });

  it('a missing bundle answers 503 asset_unavailable in the error envelope', async () => {
    const deps = { db, config: loadConfig({}), logger: createLogger('silent'), knowledge: createKnowledgeCache(db), conversationFeed: createConversationFeed(db) };
    const bare = new OpenAPIHono();
    bare.route('/', widgetRoutes(deps, { widgetFile: new URL('./no-such-widget.js', import.meta.url) }));
    bare.onError((error, c) => toErrorResponse(error, c, deps.logger));
    const res = await bare.request('/widget.js');
    assert.equal(res.status, 503);
    const body = (await res.json()) as { error: { code: string } };
    assert.equal(body.error.code, 'asset_unavailable');
  });

  it('the demo page embeds the widget with exactly one script tag and the custom element', async () => {
    const res = await app.request('/t/leiebeke');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    const page = await res.text();
    assert.match(page, /^<!DOCTYPE html>/);
    const scripts = page.match(/<script\b[^>]*>/g) ?? [];
    assert.equal(scripts.length, 1);
    assert.match(scripts[0] ?? '', /src="\/widget\.js"/);
    assert.match(page, /<loket-chat[^>]*\btenant="leiebeke"/);
    assert.match(page, /<h1>Leiebeke<\/h1>/);
    assert.match(page, /href="\/t\/leiebeke\/over-deze-assistent"/);
    assert.equal((await app.request('/assets/demo.css')).status, 200);
  });

  it('the transparency page names the retention period and the contact data from the settings', async () => {
    const res = await app.request('/t/scheldegem/over-deze-assistent');
    assert.equal(res.status, 200);
    const page = await res.text();
    assert.match(page, /<strong>30 dagen<\/strong>/);
    assert.match(page, /digitale assistent/);
    assert.match(page, /geen mens/);
    assert.match(page, /AI-register/);
    const tenant = (await db.query<{ phone: string; email: string }>('select phone, email from tenants where id = $1', ['scheldegem']))[0];
    assert.ok(tenant?.phone && tenant.email, 'the demo tenant has contact data');
    assert.ok(page.includes(tenant.phone), 'phone number shown');
    assert.ok(page.includes(`mailto:${tenant.email}`), 'e-mail address linked');
  });

  it('the transparency page of a tenant without settings shows the default retention', async () => {
    const page = await (await app.request('/t/leiebeke/over-deze-assistent')).text();
    assert.match(page, /<strong>90 dagen<\/strong>/);
  });

  for (const path of ['/t/leiebeek', '/t/leiebeek/over-deze-assistent', '/t/%3Cscript%3E']) {
    it(`an unknown tenant gets 404 unknown_tenant: ${path}`, async () => {
      const res = await app.request(path);
      assert.equal(res.status, 404);
      const body = (await res.json()) as { error: { code: string } };
      assert.equal(body.error.code, 'unknown_tenant');
    });
  }

  for (const path of ['/t/leiebeke', '/t/kempenhout/over-deze-assistent']) {
    it(`no inline script, style or event handler: ${path}`, async () => {
      const res = await app.request(path);
      const page = await res.text();
      assert.doesNotMatch(page, INLINE_SCRIPT);
      assert.doesNotMatch(page, INLINE_STYLE);
      assert.doesNotMatch(page, HANDLERS);
      assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    });
  }

  it('the landing page links every municipality to its demo page', async () => {
    const page = await (await app.request('/')).text();
    for (const id of ['leiebeke', 'scheldegem', 'kempenhout']) assert.match(page, new RegExp(`href="/t/${id}"`));
  });
});

describe('widget configuration from the settings', () => {
  let app: LoketApp;
  let db: Db;
  let admin: string;
  before(async () => {
    ({ app, db } = await openTestApp());
    admin = (await staffTokens(db, ['kempenhout'])).kempenhout!.admin;
  });
  after(async () => db.close());

  const putSettings = (body: unknown) =>
    app.request('/api/v1/tenants/kempenhout/settings', { method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` }, body: JSON.stringify(body) });
  const config = async (tenant: string) => {
    const res = await app.request(`/api/v1/tenants/${tenant}/widget-config`, { headers: { origin: 'https://www.kempenhout.example' } });
    return { res, body: (await res.json()) as Record<string, unknown> };
  };

  it('without branding settings: the name, no colour, no logo, the transparency page', async () => {
    const { res, body } = await config('leiebeke');
    assert.equal(res.status, 200);
    assert.deepEqual(body, { name: 'Leiebeke', color: null, logoUrl: null, aboutUrl: '/t/leiebeke/over-deze-assistent' });
    // Municipal websites on other origins fetch it.
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
  });

  it('a colour and a logo set through the settings route are served, and nothing else of the settings', async () => {
    assert.equal((await putSettings({ retentionDays: 60, widgetColor: '#1F5F3A', widgetLogoUrl: '/assets/kempenhout-logo.svg' })).status, 200);
    const { body } = await config('kempenhout');
    assert.deepEqual(Object.keys(body).sort(), ['aboutUrl', 'color', 'logoUrl', 'name']);
    assert.equal(body.color, '#1F5F3A');
    assert.equal(body.logoUrl, '/assets/kempenhout-logo.svg');
    assert.equal((await putSettings({ widgetLogoUrl: 'https://www.kempenhout.example/logo.png' })).status, 200);
    assert.equal((await config('kempenhout')).body.logoUrl, 'https://www.kempenhout.example/logo.png');
    assert.equal((await config('kempenhout')).body.color, null, 'a PUT replaces the settings');
  });

  it('refuses colours that are not #rrggbb and logos that are not https or a local path', async () => {
    for (const bad of [
      { widgetColor: 'red' }, { widgetColor: '#fc0' }, { widgetColor: '#1f5f3a; } * { display: none' },
      { widgetLogoUrl: 'http://www.kempenhout.example/logo.png' }, { widgetLogoUrl: 'javascript:alert(1)' },
      { widgetLogoUrl: '//evil.example/logo.png' }, { widgetLogoUrl: 'data:image/svg+xml,<svg onload=alert(1)>' }, { widgetLogoUrl: 'logo.png' },
      { widgetLogoUrl: 'https://x.example/"><script>' },
    ]) {
      const res = await putSettings(bad);
      assert.equal(res.status, 400, JSON.stringify(bad));
    }
  });

  it('an unknown municipality gets 404 unknown_tenant', async () => {
    const { res, body } = await config('leiebeek');
    assert.equal(res.status, 404);
    assert.deepEqual((body as { error: { code: string } }).error.code, 'unknown_tenant');
  });
});

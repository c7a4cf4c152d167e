// The resident widget bundle, its branding (colour, logo) and the pages around it: a demo
// municipal site and the assistant's transparency page.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { html } from 'hono/html';
import { AssetUnavailableError } from '../../errors/index.js';
import { getTenant, getTenantSettings } from '../../tenants/index.js';
import type { AppDeps } from '../app-deps.js';
import { errorResponses } from '../error-envelope.js';
import { tenantParam } from '../params.js';
import { presentWidgetConfig, WidgetConfigSchema } from '../presenters/widget-config-presenter.js';
import { DEMO_CSS } from '../pages/demo-css.js';
import { DemoPage } from '../pages/demo-page.js';
import { TransparencyPage } from '../pages/transparency-page.js';
import { findPublishedAssistantEntryId } from '../../register/index.js';

/**
 * Where `npm run build` writes the bundle (scripts/build-widget.mjs). Both src/http/routes/ (tsx)
 * and dist/http/routes/ (built) are three levels below the repository, so one relative URL fits both.
 */
export const WIDGET_FILE = new URL('../../../dist/web/loket-widget.js', import.meta.url);

interface WidgetAsset {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

function readWidget(file: URL | string): WidgetAsset | undefined {
  try {
    const body = new Uint8Array(readFileSync(file));
    return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
  } catch {
    // Not built yet: the server still starts, and /widget.js answers asset_unavailable until a rebuild and restart.
    return undefined;
  }
}

const configRoute = createRoute({
  method: 'get', path: '/api/v1/tenants/{tenant}/widget-config', tags: ['assistant'], summary: 'The widget\'s name, colour, logo and transparency page',
  request: { params: z.object({ tenant: tenantParam }) },
  responses: { 200: { description: 'Branding from the municipality\'s settings', content: { 'application/json': { schema: WidgetConfigSchema } } }, ...errorResponses(400, 404) },
});

/**
 * Registers GET /api/v1/tenants/{tenant}/widget-config (in the OpenAPI document), and GET /widget.js, /assets/demo.css, /t/{tenant} and /t/{tenant}/over-deze-assistent
 * (pages, not part of the OpenAPI document). The bundle is read once, here; `widgetFile` is for tests.
 * Unknown tenants throw UnknownTenantError (404); a missing bundle AssetUnavailableError (503).
 */
export function widgetRoutes(deps: AppDeps, options: { widgetFile?: URL | string } = {}) {
  const app = new OpenAPIHono();
  const widget = readWidget(options.widgetFile ?? WIDGET_FILE);

  app.get('/widget.js', (c) => {
    if (!widget) throw new AssetUnavailableError('the widget bundle is not built; run "npm run build" and restart');
    // The URL is not fingerprinted (one stable script tag on municipal sites), so caches keep it
    // five minutes and then revalidate; the ETag makes that a 304 until a new release.
    c.header('Cache-Control', 'public, max-age=300');
    c.header('ETag', widget.etag);
    if (c.req.header('if-none-match') === widget.etag) return c.body(null, 304);
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    return c.body(widget.body);
  });

  app.openapi(configRoute, async (c) => {
    const tenant = await getTenant(deps.db, c.req.valid('param').tenant);
    // Branding changes rarely; a minute of caching spares every page view a request.
    c.header('Cache-Control', 'public, max-age=60');
    return c.json(presentWidgetConfig(tenant, await getTenantSettings(deps.db, tenant.id)), 200);
  });

  app.get('/assets/demo.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(DEMO_CSS);
  });

  app.get('/t/:tenant', async (c) => {
    const tenant = await getTenant(deps.db, c.req.param('tenant'));
    return c.html(html`<!DOCTYPE html>${<DemoPage tenant={tenant} />}`);
  });

  app.get('/t/:tenant/over-deze-assistent', async (c) => {
    const tenant = await getTenant(deps.db, c.req.param('tenant'));
    const { retentionDays } = await getTenantSettings(deps.db, tenant.id);
    const registerEntryId = await findPublishedAssistantEntryId(deps.db, tenant.id);
    return c.html(html`<!DOCTYPE html>${<TransparencyPage tenant={tenant} retentionDays={retentionDays} registerEntryId={registerEntryId} />}`);
  });

  return app;
}

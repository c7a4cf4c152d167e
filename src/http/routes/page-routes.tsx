// Server-rendered pages: the landing page and its stylesheet.
import { OpenAPIHono } from '@hono/zod-openapi';
import { html } from 'hono/html';
import { listTenants } from '../../tenants/index.js';
import type { AppDeps } from '../app-deps.js';
import { LandingPage } from '../pages/landing-page.js';
import { SITE_CSS } from '../pages/site-css.js';

/** Registers "/" and "/assets/site.css" (not part of the OpenAPI document). */
export function pageRoutes(deps: AppDeps) {
  const app = new OpenAPIHono();
  app.get('/', async (c) => c.html(html`<!DOCTYPE html>${<LandingPage tenants={await listTenants(deps.db)} />}`));
  app.get('/assets/site.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(SITE_CSS);
  });
  return app;
}

// PUT /api/v1/tenants/{tenant}/settings: a municipality's admin changes its settings (retention); its register entry follows.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { publicBaseUrl } from '../../config/index.js';
import { appendAudit } from '../../governance/index.js';
import { syncAssistantEntry } from '../../register/index.js';
import { canChangeSettings, getTenant, getTenantSettings, saveTenantSettings, tenantSettingsSchema } from '../../tenants/index.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor, type AuthVariables } from '../auth/authenticate.js';
import { authorizeTenant } from '../auth/authorize.js';
import { errorResponses } from '../error-envelope.js';
import { tenantParam } from '../params.js';

// The schema lives with the settings in tenants/; it is used here as is (no OpenAPI component name).
const SettingsSchema = tenantSettingsSchema;

const route = createRoute({
  method: 'put', path: '/api/v1/tenants/{tenant}/settings', tags: ['staff'], summary: 'Change a municipality\'s settings', security: [{ bearer: [] }],
  request: { params: z.object({ tenant: tenantParam }), body: { content: { 'application/json': { schema: SettingsSchema } }, required: true } },
  responses: { 200: { description: 'The settings now', content: { 'application/json': { schema: SettingsSchema } } }, ...errorResponses(400, 401, 403, 404) },
});

/** Registers the settings route. */
export function settingsRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<{ Variables: AuthVariables }>();
  app.openapi(route, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant } = c.req.valid('param');
    authorizeTenant(actor, tenant, canChangeSettings, 'change settings');
    await getTenant(deps.db, tenant);
    const settings = c.req.valid('json');
    await deps.db.transaction(async (tx) => {
      const before = await getTenantSettings(tx, tenant);
      await saveTenantSettings(tx, tenant, settings);
      await appendAudit(tx, { actor: actor.id, tenantId: tenant, action: 'settings.update', target: `tenant:${tenant}`, details: { before, after: settings } });
    });
    // The assistant's register entry states the retention period: it follows the settings at once.
    // The settings are saved either way; a stale entry is logged rather than failing the change.
    await syncAssistantEntry(deps.db, tenant, { at: new Date(), publicUrl: publicBaseUrl(deps.config) }).catch((error: unknown) =>
      deps.logger.warn({ tenant, err: error }, 'the assistant\'s register entry could not follow the new settings'),
    );
    return c.json(settings, 200);
  });
  return app;
}

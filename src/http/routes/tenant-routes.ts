// GET /api/v1/tenants: the municipalities this deployment serves.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { listTenants } from '../../tenants/index.js';
import type { AppDeps } from '../app-deps.js';
import { errorResponses } from '../error-envelope.js';
import { presentTenantSummary, TenantSummarySchema } from '../presenters/tenant-presenter.js';

const route = createRoute({
  method: 'get',
  path: '/api/v1/tenants',
  tags: ['tenants'],
  summary: 'List the municipalities',
  responses: {
    200: {
      description: 'Every municipality, by name',
      content: { 'application/json': { schema: z.array(TenantSummarySchema) } },
    },
    ...errorResponses(500),
  },
});

/** Registers the tenant routes. */
export function tenantRoutes(deps: AppDeps) {
  return new OpenAPIHono().openapi(route, async (c) => c.json((await listTenants(deps.db)).map(presentTenantSummary), 200));
}

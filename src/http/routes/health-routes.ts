// GET /healthz: 200 once the server can answer (the database responds).
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { StorageUnavailableError } from '../../errors/index.js';
import type { AppDeps } from '../app-deps.js';
import { errorResponses } from '../error-envelope.js';

const route = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['platform'],
  summary: 'Liveness and readiness',
  responses: {
    200: {
      description: 'The server can answer questions',
      content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } },
    },
    ...errorResponses(503),
  },
});

/** Registers the health check. */
export function healthRoutes(deps: AppDeps) {
  return new OpenAPIHono().openapi(route, async (c) => {
    try {
      await deps.db.query('select 1');
    } catch (error) {
      if (error instanceof StorageUnavailableError) throw error;
      throw new StorageUnavailableError(`database not answering: ${(error as Error).message}`);
    }
    return c.json({ status: 'ok' as const }, 200);
  });
}

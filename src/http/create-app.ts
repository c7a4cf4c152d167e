// Assembles the HTTP application: middleware, the routes of each capability, OpenAPI, errors.
import { OpenAPIHono } from '@hono/zod-openapi';
import { InvalidInputError, NotFoundError } from '../errors/index.js';
import type { AppDeps } from './app-deps.js';
import { toErrorResponse } from './on-error.js';
import { requestLog } from './request-log.js';
import { chatRoutes } from './routes/chat-routes.js';
import { healthRoutes } from './routes/health-routes.js';
import { pageRoutes } from './routes/page-routes.js';
import { tenantRoutes } from './routes/tenant-routes.js';

/** Builds the app; `app.request()` serves it in process (tests), the CLI serves it on a port. */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono({
    // Every zod validation failure becomes invalid_input naming each field at fault.
    defaultHook: (result) => {
      if (!result.success) {
        const details = result.error.issues.map((issue) => ({
          field: issue.path.join('.'),
          message: `${issue.path.join('.') || 'body'}: ${issue.message}`,
        }));
        throw new InvalidInputError(details.map((d) => d.message).join('; '), details);
      }
    },
  });
  app.use('*', requestLog(deps.logger));
  app.route('/', healthRoutes(deps));
  app.route('/', tenantRoutes(deps));
  app.route('/', chatRoutes(deps));
  app.route('/', pageRoutes(deps));
  app.doc31('/api/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Loket API',
      version: '1.0.0',
      description: 'Answers residents from their municipality\'s approved content; the AI register of Flemish local governments.',
    },
  });
  app.notFound((c) => toErrorResponse(new NotFoundError(`no route ${c.req.method} ${c.req.path}`), c, deps.logger));
  app.onError((error, c) => toErrorResponse(error, c, deps.logger));
  return app;
}

export type LoketApp = ReturnType<typeof createApp>;

// Assembles the HTTP application: middleware, the routes of each capability, OpenAPI, errors.
import { OpenAPIHono } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { InvalidInputError, NotFoundError } from '../errors/index.js';
import type { AppDeps } from './app-deps.js';
import { toErrorResponse } from './on-error.js';
import { requestLog } from './request-log.js';
import { authenticate, type AuthVariables } from './auth/authenticate.js';
import { createConfiguredRateLimiter, createRateLimiter } from './rate-limit.js';
import { auditRoutes } from './routes/audit-routes.js';
import { chatRoutes } from './routes/chat-routes.js';
import { consoleRegisterRoutes } from './routes/console-register-routes.js';
import { consoleRoutes } from './routes/console-routes.js';
import { grantRoutes } from './routes/grant-routes.js';
import { handoffRoutes } from './routes/handoff-routes.js';
import { residentDataRoutes } from './routes/resident-data-routes.js';
import { sessionRoutes } from './routes/session-routes.js';
import { oidcRoutes } from './routes/oidc-routes.js';
import { settingsRoutes } from './routes/settings-routes.js';
import { transcriptRoutes } from './routes/transcript-routes.js';
import { healthRoutes } from './routes/health-routes.js';
import { pageRoutes } from './routes/page-routes.js';
import { registerPageRoutes } from './routes/register-page-routes.js';
import { registerRoutes } from './routes/register-routes.js';
import { registerStaffRoutes } from './routes/register-staff-routes.js';
import { tenantRoutes } from './routes/tenant-routes.js';
import { widgetRoutes } from './routes/widget-routes.js';

/** Builds the app; `app.request()` serves it in process (tests), the CLI serves it on a port. */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<{ Variables: AuthVariables }>({
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
  const minute = 60_000;
  const shared = (name: string, limit: number) => createConfiguredRateLimiter(deps.db, deps.config, name, limit, minute);
  const limits = {
    client: shared('client', deps.config.chatLimitPerMinute),
    conversation: shared('conversation', deps.config.conversationLimitPerMinute),
    signIn: shared('sign-in', 10),
    // A widget polls every 3 s while a person handles the conversation: a loose guard, counted per
    // node (N nodes allow N × 120), so polling costs no database write.
    poll: createRateLimiter(120, minute),
  };
  app.use('*', requestLog(deps.logger));
  // No inline scripts or styles anywhere, so the policy needs no 'unsafe-inline'.
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      strictTransportSecurity: 'max-age=31536000; includeSubDomains',
      referrerPolicy: 'strict-origin-when-cross-origin',
      // The widget script is embedded on municipalities' own sites.
      crossOriginResourcePolicy: 'cross-origin',
    }),
  );
  // The residents' chat API is called from municipalities' own sites: any origin, no credentials.
  // Staff routes get no CORS headers, so browsers keep other origins out of them.
  app.use('/api/v1/tenants/:tenant/chat', cors({ origin: '*', allowMethods: ['POST'], allowHeaders: ['content-type', 'accept'] }));
  app.use('/api/v1/tenants/:tenant/chat/*', cors({ origin: '*', allowMethods: ['GET', 'POST', 'DELETE'], allowHeaders: ['content-type'] }));
  app.use('/api/v1/tenants/:tenant/widget-config', cors({ origin: '*', allowMethods: ['GET'] }));
  app.use('/api/*', authenticate(deps));
  app.route('/', healthRoutes(deps));
  app.route('/', tenantRoutes(deps));
  app.route('/', chatRoutes(deps, limits));
  app.route('/', residentDataRoutes(deps, limits));
  app.route('/', sessionRoutes(deps, limits.signIn));
  app.route('/', oidcRoutes(deps));
  app.route('/', grantRoutes(deps));
  app.route('/', transcriptRoutes(deps));
  app.route('/', handoffRoutes(deps));
  app.route('/', auditRoutes(deps));
  app.route('/', settingsRoutes(deps));
  app.route('/', registerRoutes(deps));
  app.route('/', registerStaffRoutes(deps));
  app.route('/', pageRoutes(deps));
  app.route('/', registerPageRoutes(deps));
  // Before consoleRoutes: its pages authenticate on their own, so the console's /console/* guard is not run a second time.
  app.route('/', consoleRegisterRoutes(deps));
  app.route('/', consoleRoutes(deps, limits.signIn));
  app.route('/', widgetRoutes(deps));
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
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

// What every console route answers with: a rendered page, a refusal by policy, a posted text field, and
// the console's error handling (no session → the sign-in form; a deliberate error → a Dutch page).
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, ForbiddenError, UnauthenticatedError } from '../../errors/index.js';
import type { Logger } from '../../logging/index.js';
import type { Actor } from '../../tenants/index.js';
import { toErrorResponse } from '../on-error.js';
import type { ConsoleContext } from './console-context.js';
import { ErrorPage } from './error-page.js';

/** `node` as a complete HTML document with `status`. */
export function renderPage(c: Context, node: JSX.Element, status: ContentfulStatusCode = 200): Response | Promise<Response> {
  return c.html(html`<!DOCTYPE html>${node}`, status);
}

/** The policy check of a page or step (403); another municipality was already excluded by the context. */
export function requirePolicy(ctx: ConsoleContext, allowed: (actor: Actor, tenantId: string) => boolean): void {
  if (!allowed(ctx.actor, ctx.tenant.id)) throw new ForbiddenError(`role "${ctx.actor.role}" may not open ${ctx.path}`);
}

/** A posted form field as text ('' when absent or a file). The body was parsed (and cached) by `authenticate` for its CSRF field. */
export async function formText(c: Context, name: string): Promise<string> {
  const value = (await c.req.parseBody())[name];
  return typeof value === 'string' ? value : '';
}

/** The console's `onError`: the sign-in form without a session, a Dutch error page for a deliberate error, else the JSON envelope. */
export function consoleErrorHandler(logger: Logger) {
  return (error: Error, c: Context): Response | Promise<Response> => {
    if (!c.req.path.startsWith('/console')) return toErrorResponse(error, c, logger);
    if (error instanceof UnauthenticatedError) return c.redirect('/console/sign-in', c.req.method === 'GET' ? 302 : 303);
    if (error instanceof AppError && error.status < 500) return renderPage(c, <ErrorPage code={error.code} />, error.status as ContentfulStatusCode);
    return toErrorResponse(error, c, logger);
  };
}

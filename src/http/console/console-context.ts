// Who is using the console and for which municipality: the signed-in actor, the municipalities
// they may see, the one chosen (platform-wide staff pick it with `?tenant=`), and links that keep it.
import type { Context } from 'hono';
import { UnauthenticatedError, UnknownTenantError } from '../../errors/index.js';
import type { Tenant } from '../../knowledge/index.js';
import { getTenant, listTenants, type Actor } from '../../tenants/index.js';
import type { AppDeps } from '../app-deps.js';
import type { AuthVariables } from '../auth/authenticate.js';

export interface ConsoleContext {
  actor: Actor;
  /** The session's CSRF token for the forms ('' for bearer-token requests, which need none). */
  csrfToken: string;
  /** The municipalities this actor may see: all for platform-wide staff, else their own. */
  tenants: Tenant[];
  /** The municipality the pages show. */
  tenant: Tenant;
  /** The path the page was requested on, without query. */
  path: string;
  /** `path` with `?tenant=` added for platform-wide staff, so the choice survives navigation. */
  link(path: string, query?: Record<string, string>): string;
}

/**
 * The console context of a request. Throws UnauthenticatedError without a staff actor, and
 * UnknownTenantError for a `?tenant=` the actor may not see (another municipality does not exist
 * for them) or when there is no municipality at all.
 */
export async function resolveConsoleContext(c: Context<{ Variables: AuthVariables }>, deps: AppDeps): Promise<ConsoleContext> {
  const actor = c.get('actor');
  if (!actor) throw new UnauthenticatedError('the staff console needs a session');
  const tenants = actor.tenantId === null ? await listTenants(deps.db) : [await getTenant(deps.db, actor.tenantId)];
  const requested = c.req.query('tenant');
  const tenant = requested === undefined ? tenants[0] : tenants.find((t) => t.id === requested);
  if (!tenant) throw new UnknownTenantError(requested ?? '(none)');
  const platformWide = actor.tenantId === null;
  return {
    actor,
    csrfToken: c.get('csrfToken') ?? '',
    tenants,
    tenant,
    path: c.req.path,
    link(path, query = {}) {
      const params = new URLSearchParams({ ...(platformWide ? { tenant: tenant.id } : {}), ...query });
      const search = params.toString();
      return search ? `${path}?${search}` : path;
    },
  };
}

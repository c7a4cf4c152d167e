// The one way staff routes apply policies: another municipality's resources do not exist (404),
// a role that is too low is refused (403).
import { ForbiddenError, UnknownTenantError } from '../../errors/index.js';
import { canSeeTenant, type Actor } from '../../tenants/index.js';

/** Throws UnknownTenantError when `tenantId` is invisible to `actor`, ForbiddenError when `allowed` says no. */
export function authorizeTenant(actor: Actor, tenantId: string, allowed: (actor: Actor, tenantId: string) => boolean, action: string): void {
  if (!canSeeTenant(actor, tenantId)) throw new UnknownTenantError(tenantId);
  if (!allowed(actor, tenantId)) throw new ForbiddenError(`role "${actor.role}" may not ${action}`);
}

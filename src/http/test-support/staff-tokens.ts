// Test helper: API tokens for every role in a municipality and platform-wide, straight in the database.
import type { Db } from '../../storage/index.js';
import { createApiToken, ROLES, type Role } from '../../tenants/index.js';

/** token[tenant ?? 'platform'][role] → bearer token. */
export async function staffTokens(db: Db, tenants: readonly string[]): Promise<Record<string, Record<Role, string>>> {
  const result: Record<string, Record<Role, string>> = {};
  for (const tenant of [...tenants, null]) {
    const byRole = {} as Record<Role, string>;
    for (const role of ROLES) byRole[role] = (await createApiToken(db, { tenantId: tenant, role, name: `${role} of ${tenant ?? 'platform'}`, createdBy: null })).token;
    result[tenant ?? 'platform'] = byRole;
  }
  return result;
}

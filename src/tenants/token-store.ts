// API tokens: created by admins, stored as hashes, resolved to the actor behind a request.
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../storage/index.js';
import type { Actor, Role } from './roles.js';
import { hashSecret, newSecret } from './secret-token.js';

/** Creates a token and returns it once, in clear; only its hash is stored. */
export async function createApiToken(
  db: Queryable,
  grant: { tenantId: string | null; role: Role; name: string; createdBy: string | null },
): Promise<{ id: string; token: string }> {
  const id = randomUUID();
  const token = newSecret('lkt_');
  await db.query(
    'insert into api_tokens (id, token_hash, name, role, tenant_id, created_by) values ($1, $2, $3, $4, $5, $6)',
    [id, hashSecret(token), grant.name, grant.role, grant.tenantId, grant.createdBy],
  );
  return { id, token };
}

/** The actor of a bearer token, or undefined for an unknown or revoked one. */
export async function findTokenActor(db: Queryable, token: string): Promise<Actor | undefined> {
  const [row] = await db.query<{ id: string; name: string; role: Role; tenant_id: string | null }>(
    'select id, name, role, tenant_id from api_tokens where token_hash = $1 and revoked_at is null',
    [hashSecret(token)],
  );
  return row ? { id: `token:${row.id}`, name: row.name, role: row.role, tenantId: row.tenant_id, via: 'token' } : undefined;
}

/** Makes sure a platform-admin token with this value exists (LOKET_BOOTSTRAP_TOKEN). */
export async function ensureBootstrapToken(db: Queryable, token: string): Promise<void> {
  await db.query(
    `insert into api_tokens (id, token_hash, name, role, tenant_id, created_by)
     values ($1, $2, 'bootstrap', 'admin', null, null) on conflict (token_hash) do nothing`,
    [`bootstrap-${hashSecret(token).slice(0, 12)}`, hashSecret(token)],
  );
}

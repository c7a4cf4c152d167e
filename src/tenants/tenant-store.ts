// Reads and writes municipalities (tenants). Every function takes the database first.
import type { Queryable } from '../storage/index.js';
import { UnknownTenantError } from '../errors/index.js';
import type { Tenant } from '../knowledge/content-types.js';

interface TenantRow {
  id: string;
  name: string;
  kind: string;
  style: 'u' | 'je';
  website: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  [key: string]: unknown;
}

const COLUMNS = 'id, name, kind, style, website, address, phone, email';

function toTenant(row: TenantRow): Tenant {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    style: row.style,
    website: row.website,
    address: row.address,
    phone: row.phone,
    email: row.email,
  };
}

/** All tenants, ordered by name. */
export async function listTenants(db: Queryable): Promise<Tenant[]> {
  const rows = await db.query<TenantRow>(`select ${COLUMNS} from tenants order by name, id`);
  return rows.map(toTenant);
}

/** One tenant, or undefined when `tenantId` does not exist. */
export async function findTenant(db: Queryable, tenantId: string): Promise<Tenant | undefined> {
  const [row] = await db.query<TenantRow>(`select ${COLUMNS} from tenants where id = $1`, [tenantId]);
  return row ? toTenant(row) : undefined;
}

/** One tenant; throws UnknownTenantError when `tenantId` does not exist. */
export async function getTenant(db: Queryable, tenantId: string): Promise<Tenant> {
  const tenant = await findTenant(db, tenantId);
  if (!tenant) throw new UnknownTenantError(tenantId);
  return tenant;
}

/** Creates the tenant or updates its profile (settings are kept). */
export async function upsertTenant(db: Queryable, tenant: Tenant): Promise<void> {
  await db.query(
    `insert into tenants (${COLUMNS}) values ($1, $2, $3, $4, $5, $6, $7, $8)
     on conflict (id) do update set name = excluded.name, kind = excluded.kind, style = excluded.style,
       website = excluded.website, address = excluded.address, phone = excluded.phone,
       email = excluded.email, updated_at = now()`,
    [tenant.id, tenant.name, tenant.kind, tenant.style, tenant.website, tenant.address, tenant.phone, tenant.email],
  );
}

/** The number of tenants; 0 means an empty database (the demo is imported then). */
export async function countTenants(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>('select count(*)::int as n from tenants');
  return row?.n ?? 0;
}

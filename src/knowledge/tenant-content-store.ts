// Reads and replaces one tenant's stored content (locations, closures, products, waste).
import { findTenant, upsertTenant } from '../tenants/index.js';
import type { Queryable } from '../storage/index.js';
import type { Closure, Instance, Location, TenantContent, WasteCollection, WasteStreet } from './content-types.js';

/**
 * Locks `tenantId`'s row for the rest of the transaction `tx`; false when there is no such tenant.
 * Every writer that reads a tenant's content and writes it back (a pack import, a source import,
 * a console edit) takes it first, so none writes back a snapshot another has changed meanwhile.
 */
export async function lockTenantContent(tx: Queryable, tenantId: string): Promise<boolean> {
  const rows = await tx.query('select 1 from tenants where id = $1 for update', [tenantId]);
  return rows.length > 0;
}

/** The tenant's content as stored, or undefined when the tenant does not exist. */
export async function loadTenantContent(db: Queryable, tenantId: string): Promise<TenantContent | undefined> {
  const tenant = await findTenant(db, tenantId);
  if (!tenant) return undefined;
  const [locations, closures, instances, wasteStreets, wasteCalendar] = await Promise.all([
    db.query<Location & { [k: string]: unknown }>(
      `select id, name, address, hours, appointment_only as "appointmentOnly"
       from locations where tenant_id = $1 order by id`,
      [tenantId],
    ),
    db.query<Closure & { [k: string]: unknown }>(
      'select date, reason, locations from closures where tenant_id = $1 order by ordinal',
      [tenantId],
    ),
    db.query<Instance & { [k: string]: unknown }>(
      `select concept_id as "conceptId", offered, location_id as "locationId", appointment, cost,
              local_text as "localText", note, origin, source_url as "sourceUrl"
       from instances where tenant_id = $1 order by concept_id`,
      [tenantId],
    ),
    db.query<WasteStreet & { [k: string]: unknown }>(
      'select street, zone from waste_streets where tenant_id = $1 order by street',
      [tenantId],
    ),
    db.query<WasteCollection & { [k: string]: unknown }>(
      'select date, zone, fraction from waste_collections where tenant_id = $1 order by date, zone, fraction',
      [tenantId],
    ),
  ]);
  return {
    tenant,
    locations: locations.map(({ id, name, address, hours, appointmentOnly }) => ({ id, name, address, hours, appointmentOnly })),
    closures: closures.map(({ date, reason, locations: ids }) => ({ date, reason, locations: ids })),
    instances: instances.map(({ conceptId, offered, locationId, appointment, cost, localText, note, origin, sourceUrl }) => ({
      conceptId, offered, locationId, appointment, cost, localText, note,
      // Absent rather than null, so stored content compares equal to the same content read from a pack.
      ...(origin != null ? { origin } : {}),
      ...(sourceUrl != null ? { sourceUrl } : {}),
    })),
    wasteStreets: wasteStreets.map(({ street, zone }) => ({ street, zone })),
    wasteCalendar: wasteCalendar.map(({ date, zone, fraction }) => ({ date, zone, fraction })),
  };
}

/**
 * Replaces everything stored for `content.tenant` with `content`. Run it inside a transaction:
 * it deletes before it inserts.
 */
export async function replaceTenantContent(tx: Queryable, content: TenantContent): Promise<void> {
  const tenantId = content.tenant.id;
  await upsertTenant(tx, content.tenant);
  for (const table of ['instances', 'closures', 'locations', 'waste_streets', 'waste_collections']) {
    await tx.query(`delete from ${table} where tenant_id = $1`, [tenantId]);
  }
  // jsonb_to_recordset inserts a whole list in one statement, the same on PGlite and PostgreSQL.
  await tx.query(
    `insert into locations (tenant_id, id, name, address, hours, appointment_only)
     select $1, id, name, address, hours, "appointmentOnly"
     from jsonb_to_recordset($2::jsonb) as x(id text, name text, address text, hours jsonb, "appointmentOnly" jsonb)`,
    [tenantId, JSON.stringify(content.locations)],
  );
  await tx.query(
    `insert into closures (tenant_id, ordinal, date, reason, locations)
     select $1, ordinality, (x->>'date')::date, x->>'reason', x->'locations'
     from jsonb_array_elements($2::jsonb) with ordinality as t(x, ordinality)`,
    [tenantId, JSON.stringify(content.closures)],
  );
  await tx.query(
    `insert into instances (tenant_id, concept_id, offered, location_id, appointment, cost, local_text, note, origin, source_url)
     select $1, "conceptId", offered, "locationId", appointment, cost, "localText", note, origin, "sourceUrl"
     from jsonb_to_recordset($2::jsonb) as x("conceptId" text, offered boolean, "locationId" text,
       appointment text, cost text, "localText" text, note text, origin text, "sourceUrl" text)`,
    [tenantId, JSON.stringify(content.instances)],
  );
  await tx.query(
    `insert into waste_streets (tenant_id, street, zone)
     select $1, street, zone from jsonb_to_recordset($2::jsonb) as x(street text, zone text)`,
    [tenantId, JSON.stringify(content.wasteStreets)],
  );
  await tx.query(
    `insert into waste_collections (tenant_id, date, zone, fraction)
     select $1, date, zone, fraction from jsonb_to_recordset($2::jsonb) as x(date date, zone text, fraction text)`,
    [tenantId, JSON.stringify(content.wasteCalendar)],
  );
}

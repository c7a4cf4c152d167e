// Migration 1: tenants and the content model (concepts, instances, locations, closures, waste, versions).
export const sql = `
create table tenants (
  id text primary key check (id ~ '^[a-z0-9][a-z0-9-]*$'),
  name text not null,
  kind text not null,
  style text not null check (style in ('u', 'je')),
  website text,
  address text,
  phone text,
  email text,
  settings jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table concepts (
  id text primary key,
  title text not null,
  theme text not null,
  keywords jsonb not null,
  sections jsonb not null
);

create table locations (
  tenant_id text not null references tenants (id) on delete cascade,
  id text not null,
  name text not null,
  address text,
  hours jsonb not null,
  appointment_only jsonb not null,
  primary key (tenant_id, id)
);

create table closures (
  tenant_id text not null references tenants (id) on delete cascade,
  ordinal integer not null,
  date date not null,
  reason text not null,
  locations jsonb not null,
  primary key (tenant_id, ordinal)
);
create index closures_tenant_date on closures (tenant_id, date);

create table instances (
  tenant_id text not null references tenants (id) on delete cascade,
  concept_id text not null references concepts (id),
  offered boolean not null,
  location_id text,
  appointment text not null check (appointment in ('required', 'optional', 'none')),
  cost text,
  local_text text,
  note text,
  primary key (tenant_id, concept_id),
  foreign key (tenant_id, location_id) references locations (tenant_id, id)
);

create table waste_streets (
  tenant_id text not null references tenants (id) on delete cascade,
  street text not null,
  zone text not null,
  primary key (tenant_id, street)
);

create table waste_collections (
  tenant_id text not null references tenants (id) on delete cascade,
  date date not null,
  zone text not null,
  fraction text not null,
  primary key (tenant_id, date, zone, fraction)
);

-- Appended, never edited: one row per import or edit that changed something in a scope
-- (a tenant id, or '@regional' for the shared concepts).
create table content_versions (
  scope text not null,
  version integer not null,
  source text not null,
  content_hash text not null,
  changes jsonb not null,
  snapshot jsonb not null,
  created_at timestamptz not null default now(),
  primary key (scope, version)
);
`;

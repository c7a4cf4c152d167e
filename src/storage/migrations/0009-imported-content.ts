// Migration 9: content imported from outside sources (catalogue, websites, FAQ sheets) keeps its origin and original URL; import sources are remembered for re-sync.
export const sql = `
-- origin: the import source that wrote the row (null: a content pack). source_url: the original page.
alter table concepts add column origin text;
alter table concepts add column source_url text;
alter table concepts add column translations jsonb;
alter table instances add column origin text;
alter table instances add column source_url text;
create index instances_origin on instances (tenant_id, origin);

-- An outside source a tenant imports from, with what re-sync needs (ETags, feed position) and the last report.
create table import_sources (
  key text primary key,
  tenant_id text references tenants (id) on delete cascade,
  kind text not null check (kind in ('ipdc', 'ldes', 'website', 'faq')),
  location text not null,
  options jsonb not null default '{}'::jsonb,
  state jsonb not null default '{}'::jsonb,
  resync_minutes integer check (resync_minutes is null or resync_minutes >= 5),
  last_run_at timestamptz,
  last_report jsonb,
  created_at timestamptz not null default now()
);
create index import_sources_tenant on import_sources (tenant_id);
`;

// Migration 7: AI register entries with their review state, and their history, which is appended, never edited.
export const sql = `
create table register_entries (
  id text primary key,
  -- The lead organisation when it is a Loket tenant; the entry outlives the tenant (it is public record).
  tenant_id text references tenants (id) on delete set null,
  state text not null check (state in ('draft', 'submitted', 'published', 'rejected', 'retracted')),
  entry jsonb not null,
  author text not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  published_at timestamptz
);
create index register_entries_state on register_entries (state);
create index register_entries_tenant on register_entries (tenant_id);

create table register_entry_history (
  entry_id text not null references register_entries (id) on delete cascade,
  seq integer not null,
  at timestamptz not null,
  actor text not null,
  action text not null check (action in ('create', 'update', 'submit', 'publish', 'reject', 'retract')),
  state text not null check (state in ('draft', 'submitted', 'published', 'rejected', 'retracted')),
  entry jsonb not null,
  reason text,
  primary key (entry_id, seq)
);
`;

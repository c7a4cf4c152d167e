// Migration 3: staff accounts, sessions, API tokens (hashed at rest) and the append-only audit log.
export const sql = `
create table accounts (
  id text primary key,
  email text not null unique,
  name text not null,
  password_hash text,
  role text not null check (role in ('admin', 'reviewer', 'editor', 'agent', 'viewer')),
  tenant_id text references tenants (id) on delete cascade,
  oidc_subject text unique,
  failed_logins integer not null default 0,
  locked_until timestamptz,
  created_at timestamptz not null default now()
);

-- The cookie holds a random value; only its SHA-256 is stored.
create table sessions (
  id_hash text primary key,
  account_id text not null references accounts (id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null,
  expires_at timestamptz not null
);
create index sessions_expiry on sessions (expires_at);

create table api_tokens (
  id text primary key,
  token_hash text not null unique,
  name text not null,
  role text not null check (role in ('admin', 'reviewer', 'editor', 'agent', 'viewer')),
  tenant_id text references tenants (id) on delete cascade,
  created_by text,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);

-- Appended, never edited: each row carries the hash of the one before (a hash chain).
create table audit_log (
  seq bigserial primary key,
  at timestamptz not null,
  actor text not null,
  tenant_id text,
  action text not null,
  target text,
  details jsonb not null default '{}'::jsonb,
  prev_hash text not null,
  hash text not null
);
create index audit_log_tenant on audit_log (tenant_id, seq);

create function audit_log_append_only() returns trigger language plpgsql as $fn$
begin
  raise exception 'audit_log is append-only';
end
$fn$;
create trigger audit_log_no_change before update or delete on audit_log
  for each row execute function audit_log_append_only();
`;

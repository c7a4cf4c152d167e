// Migration 2: conversations with their state (bot → waiting → with_agent → closed) and messages.
export const sql = `
create table conversations (
  tenant_id text not null references tenants (id) on delete cascade,
  id text not null,
  state text not null default 'bot' check (state in ('bot', 'waiting', 'with_agent', 'closed')),
  context jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id)
);
create index conversations_tenant_state on conversations (tenant_id, state, updated_at);

-- Residents' messages are stored as redacted; bot messages keep the reply's type, sources, confidence.
create table conversation_messages (
  tenant_id text not null,
  conversation_id text not null,
  seq integer not null,
  role text not null check (role in ('resident', 'bot', 'agent')),
  text text not null,
  reply jsonb,
  at timestamptz not null,
  primary key (tenant_id, conversation_id, seq),
  foreign key (tenant_id, conversation_id) references conversations (tenant_id, id) on delete cascade
);
`;

// Migration 4: the appended history of conversation states (handoff) and residents' feedback.
export const sql = `
create table conversation_events (
  tenant_id text not null,
  conversation_id text not null,
  seq integer not null,
  at timestamptz not null,
  from_state text not null,
  to_state text not null,
  actor text not null,
  primary key (tenant_id, conversation_id, seq),
  foreign key (tenant_id, conversation_id) references conversations (tenant_id, id) on delete cascade
);

create table feedback (
  tenant_id text not null,
  conversation_id text not null,
  message_seq integer,
  rating text not null check (rating in ('up', 'down')),
  comment text,
  at timestamptz not null,
  foreign key (tenant_id, conversation_id) references conversations (tenant_id, id) on delete cascade
);
create index feedback_tenant_at on feedback (tenant_id, at);
`;

// Migration 6: contact details a resident leaves, with consent, after a handoff. Given on purpose,
// so stored as given (not redacted); one per conversation, and gone with it (retention, deletion).
export const sql = `
create table contact_requests (
  tenant_id text not null,
  conversation_id text not null,
  name text,
  email text,
  phone text,
  consent_at timestamptz not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, conversation_id),
  foreign key (tenant_id, conversation_id) references conversations (tenant_id, id) on delete cascade,
  check (email is not null or phone is not null)
);
`;

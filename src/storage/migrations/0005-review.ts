// Migration 5: staff reviews of bot replies (marked wrong, with the product that would have been right).
export const sql = `
create table reply_reviews (
  tenant_id text not null,
  conversation_id text not null,
  message_seq integer not null,
  verdict text not null check (verdict in ('wrong')),
  right_product text,
  reviewer text not null,
  at timestamptz not null,
  foreign key (tenant_id, conversation_id) references conversations (tenant_id, id) on delete cascade
);
create index reply_reviews_tenant_conversation on reply_reviews (tenant_id, conversation_id, message_seq);
`;

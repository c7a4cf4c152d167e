// Migration 8: system revisions of published register entries, and the key of automatically maintained entries.
// The action check is dropped by its generated name and added again; a plain `drop constraint`
// (no `if exists`) makes a differently named constraint fail here rather than keep refusing 'revise'.
export const sql = `
alter table register_entry_history drop constraint register_entry_history_action_check;
alter table register_entry_history add constraint register_entry_history_action_check
  check (action in ('create', 'update', 'submit', 'publish', 'reject', 'retract', 'revise'));

-- Null for ordinary entries; e.g. 'assistant:<tenant id>' for the entry Loket keeps in step with a tenant's settings.
alter table register_entries add column system_key text unique;
`;

// Migration 10: rate-limit counters shared by every node (LOKET_RATE_LIMIT_STORE=database).
export const sql = `
-- One row per hashed key and fixed window. Unlogged: counters are worth no WAL, and a crash or a
-- fail-over that empties them only gives every client a fresh window. No index on window_start:
-- the retention job's hourly prune scans a table that holds about one hour of windows.
create unlogged table rate_limit_hits (
  key_hash text not null,
  window_start timestamptz not null,
  hits integer not null,
  primary key (key_hash, window_start)
);
`;

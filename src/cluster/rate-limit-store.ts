// Fixed-window rate-limit counters in the database, so every node counts against one budget.
import { createHash } from 'node:crypto';
import type { Queryable } from '../storage/index.js';

// Keys name client addresses: only their hash is stored, never the address.
const hashKey = (key: string) => createHash('sha256').update(key).digest('base64url');

/**
 * Counts one hit for `key` in the window that started at `windowStart` and returns the window's
 * hits so far, this one included. One statement (an upsert on one row).
 */
export async function countRateLimitHit(db: Queryable, key: string, windowStart: Date): Promise<number> {
  const [row] = await db.query<{ hits: number }>(
    `insert into rate_limit_hits (key_hash, window_start, hits) values ($1, $2, 1)
     on conflict (key_hash, window_start) do update set hits = rate_limit_hits.hits + 1
     returning hits`,
    [hashKey(key), windowStart],
  );
  return row?.hits ?? 1;
}

/** Deletes the counters of windows that started before `before`; resolves to how many went. */
export async function pruneRateLimitHits(db: Queryable, before: Date): Promise<number> {
  const [row] = await db.query<{ deleted: number }>(
    'with gone as (delete from rate_limit_hits where window_start < $1 returning 1) select count(*) as deleted from gone',
    [before],
  );
  return row?.deleted ?? 0;
}

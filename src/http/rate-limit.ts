// Fixed-window rate limits (per client, per conversation, per sign-in source), counted in this
// process's memory or in the database that every node shares (LOKET_RATE_LIMIT_STORE).
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { countRateLimitHit } from '../cluster/index.js';
import type { Config } from '../config/index.js';
import { RateLimitedError } from '../errors/index.js';
import type { Db } from '../storage/index.js';

/** A limiter of `limit` events per `windowMs` per key. */
export interface RateLimiter {
  /** Counts one event for `key`; rejects with RateLimitedError (with the wait in its message) past the limit. */
  take(key: string): Promise<void>;
}

const refuse = (windowEnd: number, now: number) =>
  new RateLimitedError(`too many requests; try again in ${Math.ceil((windowEnd - now) / 1000)} seconds`);

/**
 * A limiter counting in this process's memory: no I/O, but each node of a cluster keeps its own
 * count, so behind a load balancer a client gets up to (nodes × limit). Keys of finished windows
 * are dropped as new windows start.
 */
export function createRateLimiter(limit: number, windowMs: number, clock: () => number = Date.now): RateLimiter {
  let windowStart = clock();
  let counts = new Map<string, number>();
  return {
    async take(key) {
      const now = clock();
      if (now - windowStart >= windowMs) {
        windowStart = now;
        counts = new Map();
      }
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      if (count > limit) throw refuse(windowStart + windowMs, now);
    },
  };
}

/**
 * A limiter counting in the database, so all nodes share one budget per key: one upsert per event.
 * Windows are aligned to the clock (multiples of `windowMs`), the same on every node; `name`
 * separates budgets that see the same keys. Rejects with StorageUnavailableError when the database
 * does not answer. The retention job prunes finished windows.
 */
export function createDatabaseRateLimiter(db: Db, name: string, limit: number, windowMs: number, clock: () => number = Date.now): RateLimiter {
  return {
    async take(key) {
      const now = clock();
      const windowStart = Math.floor(now / windowMs) * windowMs;
      const hits = await countRateLimitHit(db, `${name}:${key}`, new Date(windowStart));
      if (hits > limit) throw refuse(windowStart + windowMs, now);
    },
  };
}

/** A limiter in the configured store (`config.rateLimitStore`); `name` must be unique per budget. */
export function createConfiguredRateLimiter(db: Db, config: Config, name: string, limit: number, windowMs: number): RateLimiter {
  return config.rateLimitStore === 'database' ? createDatabaseRateLimiter(db, name, limit, windowMs) : createRateLimiter(limit, windowMs);
}

/** The client's address: the socket's, or the first X-Forwarded-For hop when LOKET_TRUST_PROXY=1. */
export function clientKey(c: Context, config: Config): string {
  if (config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // In-process requests (tests, app.request) have no socket.
    return 'local';
  }
}

// In-memory fixed-window rate limits (per client, per conversation, per sign-in source). One
// process's view: several nodes each enforce their own share; the limits stay bounded per node.
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Config } from '../config/index.js';
import { RateLimitedError } from '../errors/index.js';

/** A limiter of `limit` events per `windowMs` per key. */
export interface RateLimiter {
  /** Counts one event for `key`; throws RateLimitedError (with the wait in its message) past the limit. */
  take(key: string): void;
}

/** Creates a limiter; keys of finished windows are dropped as new windows start. */
export function createRateLimiter(limit: number, windowMs: number, clock: () => number = Date.now): RateLimiter {
  let windowStart = clock();
  let counts = new Map<string, number>();
  return {
    take(key) {
      const now = clock();
      if (now - windowStart >= windowMs) {
        windowStart = now;
        counts = new Map();
      }
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      if (count > limit) {
        const wait = Math.ceil((windowStart + windowMs - now) / 1000);
        throw new RateLimitedError(`too many requests; try again in ${wait} seconds`);
      }
    },
  };
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

// Runs a database attempt again after a transient failure, with a bounded exponential backoff.
import { StorageUnavailableError } from '../errors/index.js';
import { describeDriverError } from './postgres-errors.js';

/** How often and how long to try. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Wait before the second attempt; doubled for each next one (±25 % jitter). */
  firstDelayMs: number;
  maxDelayMs: number;
  /** No attempt starts later than this after the first one. */
  budgetMs: number;
}

/**
 * 5 attempts over about 3 s (waits of 0.2, 0.4, 0.8 and 1.6 s): long enough to ride out a fast
 * server restart or a fail-over of a managed server, short enough to answer a resident with a 503
 * well within a reverse proxy's timeout when the database stays away.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 5, firstDelayMs: 200, maxDelayMs: 1600, budgetMs: 4000 };

/** Thrown by an attempt that may be run again; `failure` is what went wrong. */
export class RetryableFailure extends Error {
  constructor(readonly failure: unknown) {
    super(describeDriverError(failure));
    this.name = 'RetryableFailure';
  }
}

/** The wait after failed attempt `attempt` (1-based), with jitter so restarted nodes do not retry in step. */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const base = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (attempt - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls `attempt` (with its 1-based number) until it resolves. An attempt asks for another by
 * throwing RetryableFailure; any other error is thrown at once. When the attempts or the time
 * budget run out, throws StorageUnavailableError naming the last failure (its `cause`).
 */
export async function retryTransient<T>(policy: RetryPolicy, attempt: (n: number) => Promise<T>): Promise<T> {
  const started = performance.now();
  for (let n = 1; ; n += 1) {
    try {
      return await attempt(n);
    } catch (error) {
      if (!(error instanceof RetryableFailure)) throw error;
      const delay = backoffDelay(policy, n);
      const elapsed = performance.now() - started;
      if (n >= policy.attempts || elapsed + delay > policy.budgetMs) {
        const unavailable = new StorageUnavailableError(
          `the database is not answering (${n} attempt${n === 1 ? '' : 's'} in ${(elapsed / 1000).toFixed(1)} s; last: ${error.message})`,
        );
        unavailable.cause = error.failure;
        throw unavailable;
      }
      await sleep(delay);
    }
  }
}

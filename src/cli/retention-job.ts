// The server's retention job: at start and then every hour, on one node at a time, deletes expired
// transcripts and prunes finished rate-limit windows.
import { pruneRateLimitHits, runExclusively } from '../cluster/index.js';
import { purgeExpiredConversations } from '../governance/index.js';
import type { Logger } from '../logging/index.js';
import type { Db } from '../storage/index.js';

const EVERY_MS = 60 * 60 * 1000;
/** Rate-limit windows are a minute long; an hour keeps a margin for longer ones. */
const KEEP_RATE_LIMIT_WINDOWS_MS = 60 * 60 * 1000;

/** What one run did: skipped (another node was running it), or the deletions per tenant and pruned counters. */
export type RetentionRun = { ran: false } | { ran: true; deleted: Map<string, number>; prunedRateLimits: number };

/** The running job: `runNow` runs it once more (joining a run in progress); `stop` cancels the timer. */
export interface RetentionJob {
  runNow(): Promise<RetentionRun>;
  stop(): void;
}

/**
 * Starts the job (a first run at once). Another node running it at the same moment makes this one
 * skip that run (an advisory lock), so each expired conversation is deleted and audited once.
 * Failures are logged; a run that failed resolves to `{ ran: false }`.
 */
export function startRetentionJob(db: Db, logger: Logger, clock: () => Date = () => new Date()): RetentionJob {
  let running: Promise<RetentionRun> | undefined;
  const runNow = (): Promise<RetentionRun> => {
    running ??= runExclusively(db, 'retention', async () => {
      const now = clock();
      const deleted = await purgeExpiredConversations(db, now);
      const prunedRateLimits = await pruneRateLimitHits(db, new Date(now.getTime() - KEEP_RATE_LIMIT_WINDOWS_MS));
      return { deleted, prunedRateLimits };
    })
      .then((run): RetentionRun => {
        if (!run.ran) {
          logger.debug('retention: another node is running it');
          return run;
        }
        const total = [...run.value.deleted.values()].reduce((a, b) => a + b, 0);
        if (total > 0) logger.info({ deleted: Object.fromEntries(run.value.deleted) }, 'retention: deleted expired conversations');
        return { ran: true, ...run.value };
      })
      .catch((error: unknown): RetentionRun => {
        logger.error({ err: error }, 'retention job failed');
        return { ran: false };
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  void runNow();
  const timer = setInterval(() => void runNow(), EVERY_MS);
  timer.unref();
  return { runNow, stop: () => clearInterval(timer) };
}

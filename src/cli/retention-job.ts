// The server's retention job: deletes expired transcripts at start and then every hour.
import { purgeExpiredConversations } from '../governance/index.js';
import type { Logger } from '../logging/index.js';
import type { Db } from '../storage/index.js';

const EVERY_MS = 60 * 60 * 1000;

/** Starts the job; `stop` cancels it (the server calls it before closing the database). */
export function startRetentionJob(db: Db, logger: Logger, clock: () => Date = () => new Date()): { stop(): void } {
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= purgeExpiredConversations(db, clock())
      .then((counts) => {
        const total = [...counts.values()].reduce((a, b) => a + b, 0);
        if (total > 0) logger.info({ deleted: Object.fromEntries(counts) }, 'retention: deleted expired conversations');
      })
      .catch((error: unknown) => logger.error({ err: error }, 'retention job failed'))
      .finally(() => {
        running = undefined;
      });
  };
  run();
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

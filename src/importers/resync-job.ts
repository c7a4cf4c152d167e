// Re-syncs the sources that asked for it (every N minutes), once across all nodes of a cluster.
import type { Logger } from '../logging/index.js';
import type { Db } from '../storage/index.js';
import { claimDueImportSources } from './import-source-store.js';
import { runImportSource } from './run-import.js';
import { createExtractionPool, type ExtractionPool } from './web/index.js';

const CHECK_EVERY_MS = 60_000;

/**
 * Every minute, claims the due sources (an atomic update: of several nodes only one gets each) and
 * runs them one by one. A failing source is logged and tried again at its next interval. Web pages
 * are extracted in worker threads (one pool per run, closed when the run ends), so a huge page
 * does not hold up the requests this node serves. `stop` ends the timer and that pool: pages still
 * being extracted fail (keeping their last good version) and no further source is started.
 */
export function startResyncJob(db: Db, logger: Logger, clock: () => Date = () => new Date()): { stop(): void; runNow(): Promise<void> } {
  let running: Promise<void> | undefined;
  let extractor: ExtractionPool | undefined;
  let stopped = false;
  const run = (): Promise<void> => {
    running ??= (async () => {
      const pool = (extractor = createExtractionPool());
      try {
        for (const source of await claimDueImportSources(db, clock())) {
          if (stopped) break;
          try {
            const report = await runImportSource(db, source, { now: clock(), extractor: pool });
            logger.info({ source: source.key, added: report.added.length, changed: report.changed.length, removed: report.removed.length, failed: report.failed.length }, 're-sync done');
          } catch (error) {
            logger.error({ err: error, source: source.key }, 're-sync failed');
          }
        }
      } finally {
        await pool.close();
      }
    })()
      .catch((error: unknown) => logger.error({ err: error }, 're-sync job failed'))
      .finally(() => {
        running = undefined;
        extractor = undefined;
      });
    return running;
  };
  const timer = setInterval(() => void run(), CHECK_EVERY_MS);
  timer.unref();
  return {
    stop: () => {
      stopped = true;
      clearInterval(timer);
      void extractor?.close();
    },
    runNow: run,
  };
}

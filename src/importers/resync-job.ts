// Re-syncs the sources that asked for it (every N minutes), once across all nodes of a cluster.
import type { Logger } from '../logging/index.js';
import type { Db } from '../storage/index.js';
import { claimDueImportSources } from './import-source-store.js';
import { runImportSource } from './run-import.js';
import { createExtractionPool } from './web/index.js';

const CHECK_EVERY_MS = 60_000;

/**
 * Every minute, claims the due sources (an atomic update: of several nodes only one gets each) and
 * runs them one by one. A failing source is logged and tried again at its next interval. Web pages
 * are extracted in worker threads (one pool per run, closed when the run ends, so no worker holds
 * memory between runs), so a huge page does not hold up the requests this node serves. `stop`
 * ends the timer, aborts the running crawl (its source stores nothing and keeps its last good
 * version; it is claimed again at its next interval) and resolves once the run has ended, so the
 * caller can close the database after it.
 */
export function startResyncJob(db: Db, logger: Logger, clock: () => Date = () => new Date()): { stop(): Promise<void>; runNow(): Promise<void> } {
  let running: Promise<void> | undefined;
  const stopping = new AbortController();
  const run = (): Promise<void> => {
    if (stopping.signal.aborted) return Promise.resolve();
    running ??= (async () => {
      const pool = createExtractionPool();
      try {
        for (const source of await claimDueImportSources(db, clock())) {
          if (stopping.signal.aborted) break;
          try {
            const report = await runImportSource(db, source, { now: clock(), extractor: pool, signal: stopping.signal });
            logger.info({ source: source.key, added: report.added.length, changed: report.changed.length, removed: report.removed.length, failed: report.failed.length }, 're-sync done');
          } catch (error) {
            if (stopping.signal.aborted) logger.info({ source: source.key }, 're-sync stopped: the server is stopping; nothing stored');
            else logger.error({ err: error, source: source.key }, 're-sync failed');
          }
        }
      } finally {
        await pool.close();
      }
    })()
      .catch((error: unknown) => logger.error({ err: error }, 're-sync job failed'))
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const timer = setInterval(() => void run(), CHECK_EVERY_MS);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      stopping.abort(new Error('the re-sync job was stopped'));
      await running;
    },
    runNow: run,
  };
}

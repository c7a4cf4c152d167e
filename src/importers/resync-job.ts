// Re-syncs the sources that asked for it (every N minutes), once across all nodes of a cluster.
import type { Logger } from '../logging/index.js';
import type { Db } from '../storage/index.js';
import { claimDueImportSources } from './import-source-store.js';
import { runImportSource } from './run-import.js';

const CHECK_EVERY_MS = 60_000;

/**
 * Every minute, claims the due sources (an atomic update: of several nodes only one gets each) and
 * runs them one by one. A failing source is logged and tried again at its next interval.
 */
export function startResyncJob(db: Db, logger: Logger, clock: () => Date = () => new Date()): { stop(): void; runNow(): Promise<void> } {
  let running: Promise<void> | undefined;
  const run = (): Promise<void> => {
    running ??= (async () => {
      for (const source of await claimDueImportSources(db, clock())) {
        try {
          const report = await runImportSource(db, source, { now: clock() });
          logger.info({ source: source.key, added: report.added.length, changed: report.changed.length, removed: report.removed.length, failed: report.failed.length }, 're-sync done');
        } catch (error) {
          logger.error({ err: error, source: source.key }, 're-sync failed');
        }
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
  return { stop: () => clearInterval(timer), runNow: run };
}

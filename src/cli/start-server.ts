// Starts Loket: open and migrate the database, import the demo into an empty one, follow the
// other nodes' changes, start the background jobs, serve HTTP.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createConversationFeed } from '../cluster/index.js';
import type { Config } from '../config/index.js';
import { createApp } from '../http/index.js';
import { createKnowledgeCache } from '../assistant/index.js';
import type { Logger } from '../logging/index.js';
import { ensureBootstrapToken } from '../tenants/index.js';
import { openSeededDb } from './open-seeded-db.js';
import { startRetentionJob } from './retention-job.js';
import { startResyncJob } from '../importers/index.js';

/** A running server. `close` stops accepting, lets requests finish, then closes the database. */
export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the server described by `config`. Throws DataDirLockedError, StorageUnavailableError, InvalidContentError. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const started = performance.now();
  const { db, importedDemo } = await openSeededDb(config, 'loket serve');
  if (importedDemo) logger.info('imported the demo content pack into the empty database');
  if (config.bootstrapToken) await ensureBootstrapToken(db, config.bootstrapToken);
  const retention = startRetentionJob(db, logger);
  const resync = startResyncJob(db, logger);
  const knowledge = createKnowledgeCache(db);
  // Content changed on any node (or by the CLI) reaches this node's answers as it commits.
  const stopFollowing = await knowledge.followChanges();
  const conversationFeed = createConversationFeed(db);
  const app = createApp({ db, config, logger, knowledge, conversationFeed });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  logger.info({ url, database: db.kind, ms: Math.round(performance.now() - started) }, 'loket is listening');
  let closing: Promise<void> | undefined;
  return {
    url,
    close: () => {
      closing ??= (async () => {
        // Live inbox streams never finish on their own: end them first so the server can close.
        await conversationFeed.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          if ('closeIdleConnections' in server) server.closeIdleConnections();
        });
        retention.stop();
        // A running re-sync is aborted and awaited, so nothing writes to the database after it closes.
        await resync.stop();
        await stopFollowing();
        await db.close();
        logger.info('loket stopped');
      })();
      return closing;
    },
  };
}

// Starts Loket: open and migrate the database, import the demo into an empty one, serve HTTP.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Config } from '../config/index.js';
import { createApp } from '../http/index.js';
import { importContent } from '../knowledge/index.js';
import type { Logger } from '../logging/index.js';
import { countTenants } from '../tenants/index.js';
import { DEMO_PACK_PATH } from './demo-pack.js';
import { openConfiguredDb } from './open-configured-db.js';

/** A running server. `close` stops accepting, lets requests finish, then closes the database. */
export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the server described by `config`. Throws DataDirLockedError, StorageUnavailableError, InvalidContentError. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const started = performance.now();
  const db = await openConfiguredDb(config, 'loket serve');
  try {
    if (config.demo && (await countTenants(db)) === 0) {
      const report = await importContent(db, DEMO_PACK_PATH);
      logger.info({ scopes: report.scopes.map((s) => s.scope) }, 'imported the demo content pack into the empty database');
    }
  } catch (error) {
    await db.close();
    throw error;
  }
  const app = createApp({ db, config, logger });
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
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          if ('closeIdleConnections' in server) server.closeIdleConnections();
        });
        await db.close();
        logger.info('loket stopped');
      })();
      return closing;
    },
  };
}

// `loket serve`: runs the server until SIGTERM or SIGINT, then shuts down cleanly.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/index.js';
import { createLogger } from '../logging/index.js';
import type { CliIo } from './cli-io.js';
import { startServer } from './start-server.js';

export const SERVE_HELP = `Usage: loket serve

Opens (or creates) the database, imports the demo content pack into an empty database
(LOKET_DEMO=1, the default) and serves HTTP on HOST:PORT (default 127.0.0.1:8080).
Stops cleanly on SIGTERM or SIGINT. Configuration comes from the environment; see README.

Options:
  --help   show this help`;

/** Runs the server; resolves with exit code 0 after a clean shutdown. */
export async function serveCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { help: { type: 'boolean' } } });
  if (values.help) {
    io.out(SERVE_HELP);
    return 0;
  }
  const config = loadConfig(io.env);
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, logger);
  io.err(`Loket is serving on ${server.url}`);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      logger.info({ signal }, 'shutting down');
      // A second signal while closing means "now".
      process.once(signal, () => process.exit(130));
      void server.close().then(resolve);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  return 0;
}

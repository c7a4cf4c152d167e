// Opens the database the configuration names, on behalf of one CLI command.
import type { Config } from '../config/index.js';
import { openDb, type Db } from '../storage/index.js';

/** Opens and migrates the configured database; the command is named in the data dir lock. */
export function openConfiguredDb(config: Config, command: string): Promise<Db> {
  return openDb({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    command,
    poolSize: config.databasePoolSize,
    statementTimeoutMs: config.statementTimeoutMs,
  });
}

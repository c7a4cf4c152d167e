// Opens the configured database (server when a URL is given, embedded otherwise) and migrates it.
import type { Db } from './db.js';
import { migrate } from './migrate.js';
import { openPglite } from './open-pglite.js';
import { openPostgres } from './open-postgres.js';

/** Where to find the database: a PostgreSQL URL, or an embedded data dir (undefined: in memory). */
export interface DbTarget {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** Named in the data dir lock so a second process can say who holds it. */
  command?: string;
  /** PostgreSQL only: run in this schema (test isolation). */
  schema?: string;
  /** PostgreSQL only: connections in the pool (LOKET_DATABASE_POOL_SIZE). */
  poolSize?: number;
  /** PostgreSQL only: the longest a statement may run, 0 for no limit (LOKET_STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs?: number;
}

/** Opens and migrates the database. Throws DataDirLockedError or StorageUnavailableError. */
export async function openDb(target: DbTarget): Promise<Db> {
  const db = target.databaseUrl
    ? await openPostgres(target.databaseUrl, {
        ...(target.schema !== undefined ? { schema: target.schema } : {}),
        ...(target.poolSize !== undefined ? { maxConnections: target.poolSize } : {}),
        ...(target.statementTimeoutMs !== undefined ? { statementTimeoutMs: target.statementTimeoutMs } : {}),
      })
    : await openPglite(target.dataDir, target.command === undefined ? {} : { command: target.command });
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

// Adapter: a PostgreSQL server through node-postgres (production, several application nodes).
import pg from 'pg';
import { StorageUnavailableError } from '../errors/index.js';
import { TYPE_OIDS, type Db } from './db.js';
import { describeDriverError } from './postgres-errors.js';
import { createPostgresListener } from './postgres-listener.js';
import { createPostgresRunner } from './postgres-runner.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-transient.js';

function getTypeParser(oid: number, format?: string): (value: string) => unknown {
  if (oid === TYPE_OIDS.date) return (value) => value;
  if (oid === TYPE_OIDS.int8) return (value) => Number(value);
  return pg.types.getTypeParser(oid, format as 'text');
}

/** The pool's defaults; LOKET_DATABASE_POOL_SIZE and LOKET_STATEMENT_TIMEOUT_MS override the first two. */
const POSTGRES_DEFAULTS = {
  maxConnections: 10,
  statementTimeoutMs: 15_000,
  connectTimeoutMs: 5_000,
  // Idle connections are closed after this, so a quiet node does not hold server slots.
  idleTimeoutMs: 30_000,
};

/** How to connect. Every field is optional; `schema` isolates one test run in its own search_path. */
export interface PostgresOptions {
  schema?: string;
  /** Connections in the pool (default 10). */
  maxConnections?: number;
  /** statement_timeout of every connection in ms (default 15000; 0: none). */
  statementTimeoutMs?: number;
  /** Time to open one connection, or to wait for a free one, before the attempt fails (default 5000). */
  connectTimeoutMs?: number;
  idleTimeoutMs?: number;
  /** How transient failures are tried again (default: 5 attempts over about 3 s). */
  retry?: RetryPolicy;
}

/**
 * Connects to the PostgreSQL server at `url` and checks the connection (tried again like every
 * statement, so Loket may start while the server is still coming up). Statements and transactions
 * ride out a server restart (see createPostgresRunner); the pool opens new connections when the
 * server is back, without reopening the Db. Throws StorageUnavailableError when the server cannot
 * be reached or the schema name is invalid.
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Db> {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) {
    throw new StorageUnavailableError(`invalid schema name "${options.schema}"`);
  }
  const settings = {
    maxConnections: options.maxConnections ?? POSTGRES_DEFAULTS.maxConnections,
    statementTimeoutMs: options.statementTimeoutMs ?? POSTGRES_DEFAULTS.statementTimeoutMs,
    connectTimeoutMs: options.connectTimeoutMs ?? POSTGRES_DEFAULTS.connectTimeoutMs,
    idleTimeoutMs: options.idleTimeoutMs ?? POSTGRES_DEFAULTS.idleTimeoutMs,
  };
  const session = {
    connectionString: url,
    application_name: 'loket',
    // Detects a server that vanished without closing the socket (a failed-over VM, a cut network).
    keepAlive: true,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  };
  const pool = new pg.Pool({
    ...session,
    max: settings.maxConnections,
    idleTimeoutMillis: settings.idleTimeoutMs,
    // Sent at connect, so it holds for every statement of every connection, transactions included.
    ...(settings.statementTimeoutMs > 0 ? { statement_timeout: settings.statementTimeoutMs } : {}),
    types: { getTypeParser } as pg.CustomTypesConfig,
  });
  // An idle client losing its connection must not crash the process; the pool drops it and the next
  // statement opens a new one.
  pool.on('error', () => undefined);
  const runner = createPostgresRunner(pool, {
    retry: options.retry ?? DEFAULT_RETRY_POLICY,
    statementTimeoutMs: settings.statementTimeoutMs,
  });
  try {
    if (options.schema) await runner.query(`create schema if not exists "${options.schema}"`);
    await runner.query('select 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    const where = new URL(url);
    const unavailable = new StorageUnavailableError(
      `cannot connect to PostgreSQL at ${where.hostname}:${where.port || 5432}: ${describeDriverError((error as Error).cause ?? error)}`,
    );
    unavailable.cause = error;
    throw unavailable;
  }
  let closed = false;
  const listener = createPostgresListener(session);
  return {
    kind: 'postgres',
    ...runner,
    listen: (channel, handler) => listener.listen(channel, handler),
    close: async () => {
      if (closed) return;
      closed = true;
      await listener.close();
      await pool.end();
    },
  };
}

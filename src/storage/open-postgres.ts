// Adapter: a PostgreSQL server through node-postgres (production, several application nodes).
import pg from 'pg';
import { StorageUnavailableError } from '../errors/index.js';
import { TYPE_OIDS, type Db, type Queryable, type Row } from './db.js';
import { createPostgresListener } from './postgres-listener.js';

function getTypeParser(oid: number, format?: string): (value: string) => unknown {
  if (oid === TYPE_OIDS.date) return (value) => value;
  if (oid === TYPE_OIDS.int8) return (value) => Number(value);
  return pg.types.getTypeParser(oid, format as 'text');
}

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    query: async <T extends Row>(sql: string, params: readonly unknown[] = []) =>
      (await client.query<T>(sql, params as unknown[])).rows,
    exec: async (sql: string) => {
      await client.query(sql);
    },
  };
}

/** Options for tests: `schema` isolates one run in its own search_path. */
export interface PostgresOptions {
  schema?: string;
  maxConnections?: number;
}

/**
 * Connects to the PostgreSQL server at `url` and checks the connection once.
 * Throws StorageUnavailableError when the server cannot be reached.
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Db> {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) {
    throw new StorageUnavailableError(`invalid schema name "${options.schema}"`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    types: { getTypeParser } as pg.CustomTypesConfig,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  try {
    if (options.schema) await pool.query(`create schema if not exists "${options.schema}"`);
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    const where = new URL(url);
    throw new StorageUnavailableError(
      `cannot connect to PostgreSQL at ${where.hostname}:${where.port || 5432}: ${(error as Error).message}`,
    );
  }
  let closed = false;
  const listener = createPostgresListener({
    connectionString: url,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  return {
    kind: 'postgres',
    ...wrap(pool),
    listen: (channel, handler) => listener.listen(channel, handler),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(wrap(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await listener.close();
      await pool.end();
    },
  };
}

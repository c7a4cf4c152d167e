// Throw-away PostgreSQL databases for the benchmarks that need a server: created empty for each
// run beside the database the configured URL names, dropped afterwards.
import pg from 'pg';

async function withAdmin<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The URL of database `name` on the server of `serverUrl`. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Why the server cannot be used, or undefined when it can. */
export async function postgresProblem(serverUrl: string): Promise<string | undefined> {
  try {
    await withAdmin(serverUrl, (c) => c.query('select 1'));
    return undefined;
  } catch (error) {
    return `no PostgreSQL at ${new URL(serverUrl).host} (${(error as Error).message}); set LOKET_BENCH_POSTGRES_URL`;
  }
}

/** Drops database `name` if it exists (closing its connections) and creates it empty; returns its URL. */
export async function recreateDatabase(serverUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid database name "${name}"`);
  await withAdmin(serverUrl, async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name}`);
  });
  return databaseUrl(serverUrl, name);
}

/** Drops database `name` if it exists. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid database name "${name}"`);
  await withAdmin(serverUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
}

/** Size of database `name` in bytes. */
export async function databaseBytes(serverUrl: string, name: string): Promise<number> {
  return withAdmin(serverUrl, async (c) => Number((await c.query('select pg_database_size($1) as n', [name])).rows[0].n));
}

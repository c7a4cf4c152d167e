// Test helper: a fresh, migrated, empty database per call, on PGlite or on the PostgreSQL server
// named by LOKET_TEST_DATABASE_URL (each call gets its own schema, dropped on close).
import { randomBytes, createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../db.js';
import { migrate } from '../migrate.js';
import { MIGRATIONS } from '../migrations/index.js';
import { openPglite } from '../open-pglite.js';
import { openPostgres } from '../open-postgres.js';

/** The adapters a storage test runs on: PGlite always, PostgreSQL when CI provides a server. */
export function testBackends(): Array<'pglite' | 'postgres'> {
  return process.env.LOKET_TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

// Creating a PGlite database runs initdb (seconds); loading a migrated dump takes under one.
// The dump is cached on disk per migration set, so test files share it.
async function pgliteTemplate(): Promise<Blob> {
  const key = createHash('sha256').update(MIGRATIONS.map((m) => m.sql).join('\n')).digest('hex').slice(0, 16);
  const path = join(tmpdir(), `loket-test-template-${key}.tar`);
  if (existsSync(path)) return new Blob([readFileSync(path)]);
  const db = await openPglite(undefined);
  await migrate(db);
  const dump = await db.dump();
  await db.close();
  const partial = `${path}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, path);
  return dump;
}

/** Opens an empty migrated database on `backend` (default: PGlite in memory). */
export async function openTestDb(backend: 'pglite' | 'postgres' = 'pglite'): Promise<Db> {
  if (backend === 'pglite') return openPglite(undefined, { template: await pgliteTemplate() });
  const url = process.env.LOKET_TEST_DATABASE_URL;
  if (!url) throw new Error('LOKET_TEST_DATABASE_URL is not set');
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const db = await openPostgresTestHandle(schema);
  await migrate(db);
  return {
    ...db,
    close: async () => {
      await db.query(`drop schema if exists ${schema} cascade`);
      await db.close();
    },
  };
}

/**
 * Another handle (pool) on the test server's `schema`, as a second node would open it. A slow
 * connect on a busy CI machine is not what the tests are about (postgres-resilience tests the
 * timeout itself), so it waits up to 30 s for a connection rather than the production 5 s.
 */
export async function openPostgresTestHandle(schema: string): Promise<Db> {
  const url = process.env.LOKET_TEST_DATABASE_URL;
  if (!url) throw new Error('LOKET_TEST_DATABASE_URL is not set');
  return openPostgres(url, { schema, maxConnections: 4, connectTimeoutMs: 30_000 });
}

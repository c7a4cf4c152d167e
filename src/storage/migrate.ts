// Applies the versioned migrations at start, the same on PGlite and PostgreSQL, safe to re-run.
import { createHash } from 'node:crypto';
import { StorageUnavailableError } from '../errors/index.js';
import type { Db } from './db.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';

// Any constant works; it only has to be the same for every Loket node sharing one server.
const MIGRATION_LOCK_KEY = 4_815_162_342;

function checksum(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex');
}

/**
 * Brings the schema up to date and returns the versions it applied (empty when already current).
 * Serialised across nodes with an advisory lock. Throws StorageUnavailableError when an applied
 * migration was edited afterwards or the database is newer than this code.
 */
export async function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return db.transaction(async (tx) => {
    // A migration (or waiting for another node's) may take longer than a request's statement timeout.
    await tx.query('set local statement_timeout = 0');
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.exec(`create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      checksum text not null,
      applied_at timestamptz not null default now()
    )`);
    const applied = new Map(
      (await tx.query<{ version: number; checksum: string }>('select version, checksum from schema_migrations')).map(
        (row) => [row.version, row.checksum],
      ),
    );
    const newest = Math.max(0, ...applied.keys());
    if (newest > migrations.length) {
      throw new StorageUnavailableError(
        `the database is at schema version ${newest} but this Loket knows only ${migrations.length}; upgrade Loket`,
      );
    }
    const done: number[] = [];
    for (const migration of migrations) {
      const sum = checksum(migration);
      const known = applied.get(migration.version);
      if (known !== undefined) {
        if (known !== sum) {
          throw new StorageUnavailableError(
            `migration ${migration.version} (${migration.name}) was changed after it was applied; add a new migration instead`,
          );
        }
        continue;
      }
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version, name, checksum) values ($1, $2, $3)', [
        migration.version,
        migration.name,
        sum,
      ]);
      done.push(migration.version);
    }
    return done;
  });
}

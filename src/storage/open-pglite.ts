// Adapter: the embedded database, PGlite (PostgreSQL compiled to WebAssembly, in this process).
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { StorageUnavailableError } from '../errors/index.js';
import { lockDataDir } from './data-dir-lock.js';
import { TYPE_OIDS, type Db, type Queryable, type Row } from './db.js';

const parsers = {
  [TYPE_OIDS.date]: (value: string) => value,
  [TYPE_OIDS.int8]: (value: string) => Number(value),
};

function wrap(target: PGlite | Transaction): Queryable {
  return {
    query: async <T extends Row>(sql: string, params: readonly unknown[] = []) =>
      (await target.query<T>(sql, params as unknown[])).rows,
    exec: async (sql: string) => {
      await target.exec(sql);
    },
  };
}

/** The embedded database can also dump its data dir (test templates, backups). */
export interface EmbeddedDb extends Db {
  dump(): Promise<Blob>;
}

/** `command` names this process in the lock; `template` starts an empty database from a dump. */
export interface PgliteOptions {
  command?: string;
  template?: Blob;
}

/**
 * Opens (or creates) the embedded database in `dataDir`, or an in-memory one when `dataDir`
 * is undefined (tests). Takes the data dir lock first: throws DataDirLockedError when another
 * process holds it, before PGlite touches any file.
 */
export async function openPglite(dataDir: string | undefined, options: PgliteOptions = {}): Promise<EmbeddedDb> {
  const lock = dataDir === undefined ? undefined : lockDataDir(dataDir, options.command ?? 'loket');
  let pg: PGlite;
  try {
    pg = await PGlite.create(dataDir === undefined ? undefined : `${dataDir}/pgdata`, {
      parsers,
      ...(options.template ? { loadDataDir: options.template } : {}),
    });
  } catch (error) {
    lock?.release();
    throw new StorageUnavailableError(`cannot open the embedded database in ${dataDir}: ${(error as Error).message}`);
  }
  let closed = false;
  return {
    kind: 'pglite',
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    listen: async (channel, handler) => {
      const stop = await pg.listen(channel, handler);
      return async () => {
        if (!closed) await stop();
      };
    },
    dump: async () => (await pg.dumpDataDir('none')) as Blob,
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        await pg.close();
      } finally {
        lock?.release();
      }
    },
  };
}

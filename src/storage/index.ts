// Front door of storage: the Db port and how to open it. Nothing outside storage/ imports a driver.
export type { Db, Queryable, Row } from './db.js';
export { openDb, type DbTarget } from './open-db.js';
export { migrate } from './migrate.js';
export { MIGRATIONS, type Migration } from './migrations/index.js';
export { lockDataDir, type DataDirLock } from './data-dir-lock.js';

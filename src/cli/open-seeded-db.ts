// Opens the configured database and, when it is empty and LOKET_DEMO=1, imports the demo pack.
import type { Config } from '../config/index.js';
import { importContent } from '../knowledge/index.js';
import type { Db } from '../storage/index.js';
import { countTenants } from '../tenants/index.js';
import { DEMO_PACK_PATH } from './demo-pack.js';
import { openConfiguredDb } from './open-configured-db.js';

/** The database ready to answer: migrated, with the demo in an empty one. Closes it on failure. */
export async function openSeededDb(config: Config, command: string): Promise<{ db: Db; importedDemo: boolean }> {
  const db = await openConfiguredDb(config, command);
  try {
    if (config.demo && (await countTenants(db)) === 0) {
      await importContent(db, DEMO_PACK_PATH);
      return { db, importedDemo: true };
    }
    return { db, importedDemo: false };
  } catch (error) {
    await db.close();
    throw error;
  }
}

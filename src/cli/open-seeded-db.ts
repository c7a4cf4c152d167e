// Opens the configured database, imports the demo into an empty one (LOKET_DEMO=1), and keeps the assistants' register entries in step.
import { publicBaseUrl, type Config } from '../config/index.js';
import { importContent } from '../knowledge/index.js';
import { seedRegisterExamples, syncAllAssistantEntries } from '../register/index.js';
import type { Db } from '../storage/index.js';
import { countTenants } from '../tenants/index.js';
import { DEMO_PACK_PATH, REGISTER_EXAMPLES_PATH } from './demo-pack.js';
import { openConfiguredDb } from './open-configured-db.js';

/**
 * The database ready to answer: migrated; in an empty one with LOKET_DEMO=1 the demo pack and the
 * register's example entries; every tenant's assistant entry in step with its profile and
 * settings (a tenant whose entry cannot be valid yet is left out until its settings allow it).
 * Closes the database on failure.
 */
export async function openSeededDb(config: Config, command: string): Promise<{ db: Db; importedDemo: boolean }> {
  const db = await openConfiguredDb(config, command);
  try {
    const at = config.now ?? new Date();
    let importedDemo = false;
    if (config.demo && (await countTenants(db)) === 0) {
      await importContent(db, DEMO_PACK_PATH);
      await seedRegisterExamples(db, { path: REGISTER_EXAMPLES_PATH, at });
      importedDemo = true;
    }
    // At every start, so an upgrade that changes what the assistant does also changes its entry.
    await syncAllAssistantEntries(db, { at, publicUrl: publicBaseUrl(config) });
    return { db, importedDemo };
  } catch (error) {
    await db.close();
    throw error;
  }
}

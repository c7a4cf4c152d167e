// Publishes the register's example entries (compiled from public sources) into a register that lacks them.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Db } from '../storage/index.js';
import { createPublishedIn, hasEntryNamed } from './entry-store.js';
import { readEntryFile, type EntryFileImportResult } from './import-entries.js';

/** Who the history names for the examples' steps. */
export const REGISTER_EXAMPLES_ACTOR = 'system:demo';

/**
 * Reads the entry file at `path` (demo/register/examples.yaml), validates every entry first (all or
 * nothing, as an import), then publishes in one transaction, without a tenant, each entry whose name
 * and lead organisation no entry in the register has yet (in any state): running it twice adds
 * nothing, and an entry the editors retracted is not brought back. Returns what it created.
 * Throws what `readEntryFile` throws, or the file system's error when `path` cannot be read.
 */
export async function seedRegisterExamples(db: Db, options: { path: string; at: Date }): Promise<EntryFileImportResult> {
  const entries = readEntryFile({ fileName: basename(options.path), content: readFileSync(options.path, 'utf8') });
  return db.transaction(async (tx) => {
    const created: EntryFileImportResult['created'] = [];
    for (const entry of entries) {
      if (await hasEntryNamed(tx, { name: entry.name, leadOrganisation: entry.leadOrganisation.name })) continue;
      const stored = await createPublishedIn(tx, { tenantId: null, actor: REGISTER_EXAMPLES_ACTOR, input: entry, at: options.at });
      created.push({ id: stored.id, name: stored.entry.name });
    }
    return { created };
  });
}

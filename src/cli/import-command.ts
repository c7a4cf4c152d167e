// `loket import <path>`: imports a content pack folder or one municipality file.
import { parseArgs } from 'node:util';
import { loadConfig, publicBaseUrl } from '../config/index.js';
import { importContent } from '../knowledge/index.js';
import { syncAllAssistantEntries } from '../register/index.js';
import type { CliIo } from './cli-io.js';
import { formatImportReport } from './format-import-report.js';
import { openSeededDb } from './open-seeded-db.js';
import { UsageError } from './usage-error.js';

export const IMPORT_HELP = `Usage: loket import <path> [--json]

Imports content into the database:
  <folder>        a content pack: concepts/*.md and/or municipalities/<slug>.json (+ waste CSV files)
  <slug>.json     one municipality file with its waste files (paths inside the file, relative to it)

An empty database first receives the demo content pack (LOKET_DEMO=1, the default), so a
municipality file finds the regional concepts it uses; set LOKET_DEMO=0 to import into an empty
database as is. A new municipality gets its assistant's entry in the AI register, published at once
and kept in step with its profile and settings. Everything is validated first. On any problem nothing is stored, every problem is listed with its
file and line or field, and the exit code is 1. Importing the same content again changes nothing.

Options:
  --json   print the import report as JSON
  --help   show this help`;

/** Runs the import command; returns the exit code. */
export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' }, help: { type: 'boolean' } }, allowPositionals: true });
  if (values.help) {
    io.out(IMPORT_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('import needs exactly one path', IMPORT_HELP);
  const config = loadConfig(io.env);
  const { db, importedDemo } = await openSeededDb(config, 'loket import');
  try {
    // An empty database first gets the demo pack (LOKET_DEMO=1), as with every command, so a
    // municipality file finds the regional concepts it refers to.
    if (importedDemo && !values.json) io.out('The database was empty: imported the demo content pack (regional concepts and demo municipalities) first.');
    const report = await importContent(db, positionals[0] as string);
    for (const line of values.json ? [JSON.stringify(report, null, 2)] : formatImportReport(report)) io.out(line);
    // A new or changed municipality profile changes its assistant's register entry.
    const register = await syncAllAssistantEntries(db, { at: config.now ?? new Date(), publicUrl: publicBaseUrl(config) });
    if (!values.json) {
      for (const s of register.synced.filter((x) => x.changed)) io.out(`AI register: published the entry of the assistant of ${s.tenantId}, in step with its settings (${s.id})`);
      for (const s of register.skipped) io.out(`AI register: no entry for the assistant of ${s.tenantId} yet: ${s.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
    }
    return 0;
  } finally {
    await db.close();
  }
}

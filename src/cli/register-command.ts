// `loket register import <file>`: imports AI register entries as drafts, all or nothing.
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/index.js';
import { InvalidInputError, PayloadTooLargeError } from '../errors/index.js';
import { importEntryFile, MAX_ENTRIES_PER_FILE, MAX_ENTRY_FILE_BYTES } from '../register/index.js';
import type { CliIo } from './cli-io.js';
import { openSeededDb } from './open-seeded-db.js';
import { UsageError } from './usage-error.js';

export const REGISTER_HELP = `Usage: loket register import <file> [--tenant <id>] [--json]

Imports AI register entries as drafts, to be submitted and reviewed in the console:
  <file>   JSON or YAML: a list of entries, or an object with "entries": a list. Each entry is
           written in Loket's register format or is an Algoritmeregister 1.0 record (public or
           internal field names).
Every entry is validated first. On any problem nothing is stored, every problem is listed with
its entry (entries[0] is the first) and field, and the exit code is 1. At most
${MAX_ENTRY_FILE_BYTES / 1024 / 1024} MB and ${MAX_ENTRIES_PER_FILE} entries per file.

Options:
  --tenant <id>   the municipality the entries belong to (default: none); Algoritmeregister
                  records without an organisation or contact take the municipality's
  --json          print the created entries as JSON
  --help          show this help`;

/** Runs the register command; returns the exit code. */
export async function registerCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { tenant: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (values.help) {
    io.out(REGISTER_HELP);
    return 0;
  }
  if (positionals[0] !== 'import') throw new UsageError('register needs the subcommand "import"', REGISTER_HELP);
  const file = positionals[1];
  if (file === undefined || positionals.length !== 2) throw new UsageError('register import needs exactly one file', REGISTER_HELP);
  const content = readEntryFileText(file);
  const config = loadConfig(io.env);
  const { db } = await openSeededDb(config, 'loket register import');
  try {
    const result = await importEntryFile(db, { tenantId: values.tenant ?? null, author: 'cli', at: config.now ?? new Date(), fileName: file, content });
    if (values.json) {
      io.out(JSON.stringify(result, null, 2));
    } else {
      io.out(`Imported ${result.created.length} entr${result.created.length === 1 ? 'y' : 'ies'} from ${file} as drafts:`);
      for (const entry of result.created) io.out(`  ${entry.id}  ${entry.name}`);
    }
    return 0;
  } finally {
    await db.close();
  }
}

// The size is checked before reading, so a huge file is refused without loading it.
function readEntryFileText(file: string): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new InvalidInputError(`${file}: no such file`, [{ file, message: 'file not found' }]);
  }
  if (size > MAX_ENTRY_FILE_BYTES) {
    throw new PayloadTooLargeError(`${file} is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_ENTRY_FILE_BYTES / 1024 / 1024} MB`);
  }
  return readFileSync(file, 'utf8');
}

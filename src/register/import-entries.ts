// Imports a file of register entries (ours, or Algoritmeregister 1.0 records) as drafts: every entry valid, or nothing stored.
import { InvalidInputError, type Problem } from '../errors/index.js';
import type { Db } from '../storage/index.js';
import { getTenant } from '../tenants/index.js';
import type { RegisterEntry } from './entry-schema.js';
import { createDraftIn } from './entry-store.js';
import { fromAlgoritmeregister, type ImportDefaults } from './from-algoritmeregister.js';
import { parseEntryFile } from './parse-entry-file.js';
import { tenantContact, tenantOrganisation } from './tenant-organisation.js';
import { validateRegisterEntry } from './validate-register-entry.js';

/** An import file and who imports it; `tenantId` becomes each entry's tenant (null: not a Loket tenant). */
export interface EntryFileImport {
  tenantId: string | null;
  author: string;
  at: Date;
  fileName: string;
  content: string;
}

/** What an import stored, in file order. */
export interface EntryFileImportResult {
  created: Array<{ id: string; name: string }>;
}

// Property names only the Algoritmeregister standard uses (internal or public); our entries are camelCase.
const STANDARD_FIELDS = [
  'description_short', 'purpose_and_impact', 'technical_operation', 'methods_and_models', 'human_intervention',
  'publication_category', 'source_data', 'lawful_basis', 'standard_version',
];

/**
 * Parses `file` (see `parseEntryFile` for the accepted shapes and limits) and validates every
 * record, each detected on its own as our entry or an Algoritmeregister 1.0 record (converted with
 * `fromAlgoritmeregister` and `defaults`). Pure. Throws InvalidInputError listing every problem
 * of every record, as `{ file, line, field: "entries[3].contact", message }`, the message naming
 * the entry when it has a name; or what `parseEntryFile` throws.
 */
export function readEntryFile(file: { fileName: string; content: string }, defaults: ImportDefaults = {}): RegisterEntry[] {
  const parsed = parseEntryFile(file);
  const entries: RegisterEntry[] = [];
  const problems: Problem[] = [];
  parsed.records.forEach((record, index) => {
    const result = isStandardRecord(record) ? fromAlgoritmeregister(record, defaults) : validateRegisterEntry(record);
    if (result.ok) {
      entries.push(result.entry);
      return;
    }
    const name = nameOf(record);
    for (const problem of result.problems) {
      const path = pathOf(problem.field);
      const line = parsed.lineOf(index, path);
      problems.push({
        file: file.fileName,
        ...(line === undefined ? {} : { line }),
        field: `entries[${index}]${path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('')}`,
        message: name === undefined ? problem.message : `${problem.message} (entry "${name}")`,
      });
    }
  });
  if (problems.length > 0) {
    const faulty = new Set(problems.map((p) => /^entries\[\d+\]/.exec(p.field ?? '')?.[0])).size;
    throw new InvalidInputError(
      `${file.fileName}: ${faulty} of ${parsed.records.length} entries are invalid (${problems.length} problem(s)); nothing was imported`,
      problems,
    );
  }
  return entries;
}

/**
 * Imports `args.content` as draft entries by `args.author`, all in one transaction: when any entry
 * is invalid, or storing any of them fails, none is stored. Algoritmeregister records without an
 * organisation or contact (suppliers' templates) take the tenant's organisation name and contact.
 * Throws UnknownTenantError, what `readEntryFile` throws, or the database's error.
 */
export async function importEntryFile(db: Db, args: EntryFileImport): Promise<EntryFileImportResult> {
  const tenant = args.tenantId === null ? undefined : await getTenant(db, args.tenantId);
  const contact = tenant ? tenantContact(tenant) : undefined;
  const defaults: ImportDefaults = tenant ? { organisation: tenantOrganisation(tenant), ...(contact ? { contact } : {}) } : {};
  const entries = readEntryFile(args, defaults);
  return db.transaction(async (tx) => {
    const created: EntryFileImportResult['created'] = [];
    for (const entry of entries) {
      const stored = await createDraftIn(tx, { tenantId: args.tenantId, author: args.author, input: entry, at: args.at });
      created.push({ id: stored.id, name: stored.entry.name });
    }
    return { created };
  });
}

function isStandardRecord(record: unknown): boolean {
  return typeof record === 'object' && record !== null && !Array.isArray(record) && STANDARD_FIELDS.some((field) => field in record);
}

function nameOf(record: unknown): string | undefined {
  const name = typeof record === 'object' && record !== null ? (record as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined;
}

// "partnerOrganisations.0.name" → ['partnerOrganisations', 0, 'name']; "(entry)" and "(record)" are the record itself.
function pathOf(field: string | undefined): Array<string | number> {
  if (field === undefined || /^\(.*\)$/.test(field)) return [];
  return field.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
}

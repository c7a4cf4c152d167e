// Validates one register entry and reports every problem with the field it belongs to.
import type { Problem } from '../errors/index.js';
import { registerEntrySchema, type RegisterEntry } from './entry-schema.js';

/** Outcome of validating an entry: the parsed entry, or one problem per faulty field. */
export type EntryValidation = { ok: true; entry: RegisterEntry } | { ok: false; problems: Problem[] };

/**
 * Parses `input` with `registerEntrySchema`. Never throws; problems name the field as a dotted
 * path (`principles.reliability.selfScore`) and say what is wrong with it.
 */
export function validateRegisterEntry(input: unknown): EntryValidation {
  const result = registerEntrySchema.safeParse(input);
  if (result.success) return { ok: true, entry: result.data };
  const problems = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(entry)',
    message: issue.message,
  }));
  return { ok: false, problems };
}

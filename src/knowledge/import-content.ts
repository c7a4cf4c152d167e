// The import command's core: read a pack folder or municipality file, validate all, store all or nothing.
import { InvalidContentError } from '../errors/index.js';
import type { Db } from '../storage/index.js';
import { applyContent, type ImportReport } from './apply-content.js';
import { loadConceptIds } from './concept-store.js';
import { readContentSource } from './read-content-source.js';

/**
 * Imports the content at `path` (a pack folder, or one `<slug>.json` with its waste files).
 * Throws InvalidContentError listing every problem with file and line; nothing is stored then,
 * and what was stored before stays as it was.
 */
export async function importContent(db: Db, path: string): Promise<ImportReport> {
  const source = readContentSource(path, await loadConceptIds(db));
  if (source.problems.length > 0) {
    throw new InvalidContentError(
      `${path}: ${source.problems.length} problem(s); nothing was imported`,
      source.problems,
    );
  }
  if (!source.concepts && source.tenants.length === 0) {
    throw new InvalidContentError(`${path}: no concepts or municipalities found; nothing was imported`, [
      { file: path, message: 'no concepts or municipalities found' },
    ]);
  }
  return applyContent(db, { concepts: source.concepts, tenants: source.tenants }, path);
}

// Test helper: a writable copy of the demo pack (or of one municipality) in a temp folder, to break on purpose.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO = fileURLToPath(new URL('../../../demo', import.meta.url));

/** Copies the demo pack into a new temp folder and returns its path. */
export function scratchPack(): string {
  const dir = mkdtempSync(join(tmpdir(), 'loket-pack-'));
  cpSync(DEMO, dir, { recursive: true });
  return dir;
}

/** Rewrites a JSON file of `pack` through `edit`. */
export function editJson(path: string, edit: (data: Record<string, any>) => void): void {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>;
  edit(data);
  writeFileSync(path, JSON.stringify(data, null, 2));
}

/** Replaces text in a file, failing loudly when `from` is not there (so a test cannot silently test nothing). */
export function replaceInFile(path: string, from: string | RegExp, to: string): void {
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`"${String(from)}" not found in ${path}`);
  writeFileSync(path, next);
}

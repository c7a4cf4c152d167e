// Which importer a `loket import` argument needs: a content pack, a catalogue file or feed, a website, a FAQ sheet.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { ImportKind } from '../importers/index.js';

/** `pack` is the content pack path (a folder or a municipality file); the others are importers. */
export type ImportTarget = 'pack' | ImportKind;

const CATALOGUE_EXTENSIONS = new Set(['.ttl', '.nt', '.n3', '.jsonld', '.json-ld']);
const SHEET_EXTENSIONS = new Set(['.csv', '.xlsx']);

/**
 * Decides from the argument: a URL is a website (or, with `ldes`, a catalogue feed); .ttl/.jsonld
 * files are catalogue files; .csv/.xlsx are FAQ sheets; a .json file is a catalogue file when it is
 * JSON-LD (it has "@context" or "@id" near its start), else a municipality file; folders are packs.
 */
export function importTarget(argument: string, options: { ldes?: boolean } = {}): ImportTarget {
  if (/^https?:\/\//i.test(argument)) return options.ldes ? 'ldes' : 'website';
  const extension = extname(argument).toLowerCase();
  if (CATALOGUE_EXTENSIONS.has(extension)) return 'ipdc';
  if (SHEET_EXTENSIONS.has(extension)) return 'faq';
  if (extension === '.json' && isFile(argument)) {
    const start = readFileSync(argument, 'utf8').slice(0, 4096);
    if (/"@(context|id|graph)"\s*:/.test(start)) return 'ipdc';
  }
  return 'pack';
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

// Loads the shipped Dutch word list (derived from OpenTaal) once, on first use.

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const LEXICON_URL = new URL('./data/lexicon-nl.txt.gz', import.meta.url);

let cached: ReadonlySet<string> | undefined;

/**
 * The general Dutch lexicon: ~340k normalised words of 3–20 letters (see
 * data/LEXICON-SOURCE.md). Read and decompressed synchronously on the first call (~0.2 s),
 * then shared by every caller and tenant. Throws the file-system error if
 * data/lexicon-nl.txt.gz is missing (a build that did not copy the data folder).
 */
export function loadDutchLexicon(): ReadonlySet<string> {
  if (cached) return cached;
  const text = gunzipSync(readFileSync(LEXICON_URL)).toString('utf8');
  const words = new Set<string>();
  for (const word of text.split('\n')) if (word !== '') words.add(word);
  cached = words;
  return words;
}

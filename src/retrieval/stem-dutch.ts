// Stems one normalised Dutch word with Snowball (the stems PostgreSQL's `dutch` config makes).

import { stemmer } from '@orama/stemmers/dutch';

const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

/**
 * The Snowball Dutch stem of a normalised word ("ophalingen" → "ophal"). Words containing a
 * digit ("24,50", "2e") are returned unchanged; a stem is never empty. Memoised.
 */
export function stemDutch(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const stem = /\d/.test(word) ? word : stemmer(word) || word;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, stem);
  return stem;
}

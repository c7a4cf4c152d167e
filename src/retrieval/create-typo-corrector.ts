// Corrects misspelt words against a vocabulary with a SymSpell-style deletion index.

import { damerauLevenshtein } from './damerau-levenshtein.js';

/** A vocabulary-bound spelling corrector; see createTypoCorrector. */
export interface TypoCorrector {
  /**
   * The closest vocabulary word to an unknown normalised word, or null when the word is in
   * the vocabulary, shorter than four letters, or has no vocabulary word close enough.
   */
  correct(word: string): string | null;
  /** Whether the word is in the vocabulary. */
  has(word: string): boolean;
}

// Only the first PREFIX_LENGTH letters are indexed (SymSpell's prefix trick): it keeps the
// index near 30 keys per word while typos after the prefix are still found, because
// candidates are verified with the full distance.
const PREFIX_LENGTH = 7;
const MAX_DISTANCE = 2;
const MIN_WORD_LENGTH = 4;
const CACHE_LIMIT = 20_000;

/** Allowed Damerau-Levenshtein distance for a word: 1 up to five letters, else 2. */
export function maxTypoDistance(length: number): number {
  return length <= 5 ? 1 : 2;
}

/**
 * The deletion index: each deletion of a word's prefix → the words it came from. Building one is
 * most of a corrector's memory (about 7 MB for a municipality's vocabulary), and municipalities
 * share most of their words (the regional product texts), so tenants can share one index that
 * holds the union of their vocabularies; each corrector then only accepts candidates from its own
 * vocabulary, so the answers are the same as with a private index. Words are added, never
 * removed: a word that left every vocabulary only costs its keys until the process restarts.
 */
export interface DeletionIndex {
  /** Adds `word` (a–z, normalised) once; adding it again changes nothing. */
  add(word: string): void;
  /** The words with `key` among their deletions. */
  wordsAt(key: string): readonly string[];
  /** How many distinct words were added. */
  readonly size: number;
}

/** A new, empty deletion index; pass it to several correctors to share it. */
export function createDeletionIndex(): DeletionIndex {
  const words = new Set<string>();
  const index = new Map<string, string[]>();
  return {
    add(word) {
      if (words.has(word) || word.length < MIN_WORD_LENGTH - MAX_DISTANCE) return;
      words.add(word);
      for (const key of deletions(word.slice(0, PREFIX_LENGTH), MAX_DISTANCE)) {
        const bucket = index.get(key);
        if (bucket) bucket.push(word);
        else index.set(key, [word]);
      }
    },
    wordsAt: (key) => index.get(key) ?? NONE,
    get size() {
      return words.size;
    },
  };
}

const NONE: readonly string[] = [];

/**
 * Builds a corrector over `vocabulary`: normalised words, either as a map word → frequency
 * or as an iterable where each occurrence counts once (so raw token streams work). Words
 * with characters other than a–z are ignored. correct() returns the vocabulary word within
 * maxTypoDistance of the input that has the smallest distance, then the highest frequency,
 * then comes first alphabetically. Lookups generate only the deletions of the input's
 * prefix, never scan the vocabulary, and are memoised per corrector. `options.index`: a
 * deletion index shared with other correctors (see DeletionIndex); without it the corrector
 * builds its own.
 */
export function createTypoCorrector(
  vocabulary: Iterable<string> | ReadonlyMap<string, number>,
  options: { index?: DeletionIndex } = {},
): TypoCorrector {
  const frequency = new Map<string, number>();
  if (vocabulary instanceof Map) {
    for (const [word, count] of vocabulary as ReadonlyMap<string, number>) {
      if (/^[a-z]+$/.test(word)) frequency.set(word, (frequency.get(word) ?? 0) + count);
    }
  } else {
    for (const word of vocabulary as Iterable<string>) {
      if (/^[a-z]+$/.test(word)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
  }

  const index = options.index ?? createDeletionIndex();
  for (const word of frequency.keys()) index.add(word);

  const cache = new Map<string, string | null>();
  const correct = (word: string): string | null => {
    if (word.length < MIN_WORD_LENGTH || frequency.has(word) || !/^[a-z]+$/.test(word)) return null;
    const hit = cache.get(word);
    if (hit !== undefined) return hit;
    const result = lookup(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, result);
    return result;
  };

  const lookup = (word: string): string | null => {
    const max = maxTypoDistance(word.length);
    let best: string | null = null;
    let bestDistance = max + 1;
    let bestFrequency = 0;
    const seen = new Set<string>();
    for (const key of deletions(word.slice(0, PREFIX_LENGTH), max)) {
      for (const candidate of index.wordsAt(key)) {
        // A shared index holds other vocabularies' words too: only this one's may be suggested.
        if (seen.has(candidate) || !frequency.has(candidate)) continue;
        seen.add(candidate);
        const distance = damerauLevenshtein(word, candidate, max);
        if (distance > max) continue;
        const count = frequency.get(candidate) ?? 0;
        const better =
          distance < bestDistance ||
          (distance === bestDistance && (count > bestFrequency || (count === bestFrequency && best !== null && candidate < best)));
        if (better) {
          best = candidate;
          bestDistance = distance;
          bestFrequency = count;
        }
      }
    }
    return best;
  };

  return { correct, has: (word) => frequency.has(word) };
}

// The word and every string obtained by deleting up to `depth` of its characters.
function deletions(word: string, depth: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return out;
}

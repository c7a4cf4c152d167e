// Splits Dutch compounds ("afvalophaling" → afval + ophaling) against a lexicon.

import { loadDutchLexicon } from './load-dutch-lexicon.js';
import { DUTCH_STOPWORDS } from './stopwords-nl.js';
import {
  DOUBLED_CONSONANT_ENDINGS,
  INFLECTIONS,
  KEEP_WHOLE,
  LINKERS,
  NON_COMPOUND_HEADS,
  NON_COMPOUND_TAILS,
  SHORT_PARTS,
} from './compound-rules-nl.js';

/** A lexicon-backed compound splitter; see createCompoundSplitter. */
export interface CompoundSplitter {
  /**
   * The parts of a normalised word ("identiteitskaart" → ["identiteit", "kaart"]), without
   * linking morphemes, or null when the word is not a compound the lexicon can explain.
   */
  split(word: string): readonly string[] | null;
  /** Whether the word is in the general lexicon or the extra vocabulary. */
  has(word: string): boolean;
}

/** Options for createCompoundSplitter; the defaults suit Dutch municipal text. */
export interface CompoundSplitterOptions {
  /** General lexicon; defaults to the shipped OpenTaal-derived list (loadDutchLexicon). */
  lexicon?: ReadonlySet<string>;
  /**
   * Shortest part, in letters. Default 4; three-letter parts are allowed only from
   * SHORT_PARTS or as extra words absent from the lexicon (acronyms such as "pmd").
   */
  minPartLength?: number;
  /** Shortest word that is tried at all. Default 7. */
  minWordLength?: number;
}

interface Split {
  parts: string[];
  /** Parts seen in the extra (tenant) vocabulary: evidence that they are common words. */
  familiar: number;
  shortest: number;
  score: number;
}

const CACHE_LIMIT = 50_000;

/**
 * Creates a splitter over the general lexicon plus `extraWords` (e.g. words of a tenant's
 * content such as "recyclagepark"; normalised, non-letter entries ignored). Among all
 * segmentations into known parts joined by an optional linker (-s-, -e-, -en-) it keeps the
 * one with the fewest parts, then the most parts found in `extraWords`, then the longest
 * shortest part, then the longest parts. It refuses splits whose parts are
 * stopwords or particles ("aan-vraag") or whose last part is a suffix word ("persoon-lijk").
 * Words in KEEP_WHOLE stay whole, and an inflected word with a known base is split like its
 * base ("kinderen" stays whole).
 * Results are memoised per splitter.
 */
export function createCompoundSplitter(
  extraWords: Iterable<string> = [],
  options: CompoundSplitterOptions = {},
): CompoundSplitter {
  const lexicon = options.lexicon ?? loadDutchLexicon();
  const minPart = options.minPartLength ?? 4;
  const minWord = options.minWordLength ?? 7;
  const extra = new Set<string>();
  const shortParts = new Set(SHORT_PARTS);
  for (const word of extraWords) {
    if (!/^[a-z]{3,}$/.test(word)) continue;
    extra.add(word);
    if (word.length === 3 && !lexicon.has(word)) shortParts.add(word);
  }
  const minAnyPart = Math.min(minPart, 3);
  const cache = new Map<string, readonly string[] | null>();

  const has = (word: string): boolean => lexicon.has(word) || extra.has(word);
  const usablePart = (part: string): boolean =>
    (part.length >= minPart || shortParts.has(part)) &&
    !DUTCH_STOPWORDS.has(part) &&
    !NON_COMPOUND_HEADS.has(part) &&
    has(part);

  const bestSplit = (word: string): Split | null => {
    const n = word.length;
    // best[i] = best segmentation of word.slice(i), filled right to left.
    const best: (Split | null)[] = new Array<Split | null>(n + 1).fill(null);
    for (let i = n - minAnyPart; i >= 0; i--) {
      let found: Split | null = null;
      for (let j = n; j >= i + minAnyPart; j--) {
        const part = word.slice(i, j);
        if (!usablePart(part)) continue;
        if (j === n) {
          if (i === 0 || NON_COMPOUND_TAILS.has(part)) continue;
          found = pick(found, { parts: [part], familiar: extra.has(part) ? 1 : 0, shortest: part.length, score: part.length * part.length });
          continue;
        }
        for (const linker of LINKERS) {
          if (linker !== '' && !word.startsWith(linker, j)) continue;
          if (NON_COMPOUND_HEADS.has(part + linker)) continue;
          const rest = best[j + linker.length];
          if (!rest || (linker === '' && cutsDoubledConsonant(part, rest.parts[0] ?? ''))) continue;
          found = pick(found, {
            parts: [part, ...rest.parts],
            familiar: rest.familiar + (extra.has(part) ? 1 : 0),
            shortest: Math.min(part.length, rest.shortest),
            score: rest.score + part.length * part.length - linker.length,
          });
        }
      }
      best[i] = found;
    }
    return best[0] ?? null;
  };

  // An inflected form is split the way its base is, so "kinderen" (kind) stays whole and
  // "afvalzakken" follows "afvalzak"; undefined means no base qualifies. With
  // `knownBaseOnly` false the base may itself be missing from the lexicon, as long as it
  // splits ("afvalophalingen": the list lacks the plural "ophalingen").
  const splitThroughBase = (word: string, knownBaseOnly: boolean): readonly string[] | null | undefined => {
    for (const ending of INFLECTIONS) {
      if (!word.endsWith(ending) || word.length - ending.length < minAnyPart) continue;
      for (const base of baseCandidates(word.slice(0, -ending.length))) {
        if (knownBaseOnly !== has(base)) continue;
        const baseParts = split(base);
        if (!baseParts) {
          if (knownBaseOnly) return null;
          continue;
        }
        const last = baseParts[baseParts.length - 1] ?? '';
        const inflected = word.slice(base.length - last.length);
        return [...baseParts.slice(0, -1), has(inflected) ? inflected : last];
      }
    }
    return undefined;
  };

  const split = (word: string): readonly string[] | null => {
    const hit = cache.get(word);
    if (hit !== undefined) return hit;
    let result: readonly string[] | null = null;
    if (word.length >= minWord && /^[a-z]+$/.test(word) && !KEEP_WHOLE.has(word)) {
      const viaBase = splitThroughBase(word, true);
      result = viaBase === undefined ? (bestSplit(word)?.parts ?? splitThroughBase(word, false) ?? null) : viaBase;
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, result);
    return result;
  };

  return { split, has };
}

// Fewest parts first, then most parts seen in the tenant's own text ("gemeente|huis" over
// "gemeen|tehuis"), then the longest shortest part ("school|straat" over "schoolst|raat"),
// then the larger sum of squared part lengths. The word list has no frequencies, so the
// tenant vocabulary is the only evidence of which words are common.
function pick(current: Split | null, candidate: Split): Split {
  if (!current) return candidate;
  if (candidate.parts.length !== current.parts.length) {
    return candidate.parts.length < current.parts.length ? candidate : current;
  }
  if (candidate.familiar !== current.familiar) {
    return candidate.familiar > current.familiar ? candidate : current;
  }
  if (candidate.shortest !== current.shortest) {
    return candidate.shortest > current.shortest ? candidate : current;
  }
  return candidate.score > current.score ? candidate : current;
}

// Spellings of a stem before an ending: as is, undoubled consonant ("zakk" → "zak"),
// v/z back to f/s ("brieven" → "brief", "huizen" → "huis"), doubled vowel ("straten" → "straat").
function baseCandidates(stem: string): string[] {
  const out = [stem];
  const last = stem[stem.length - 1] ?? '';
  const before = stem[stem.length - 2] ?? '';
  if (last === before && !'aeiou'.includes(last)) out.push(stem.slice(0, -1));
  if (last === 'v') out.push(`${stem.slice(0, -1)}f`);
  if (last === 'z') out.push(`${stem.slice(0, -1)}s`);
  if (/[^aeiou][aeou][^aeiouj]$/.test(stem)) out.push(stem.slice(0, -1) + before + last);
  return out;
}

// "verpak|king": a doubled consonant across the cut followed by a suffix is a derivation.
function cutsDoubledConsonant(head: string, tail: string): boolean {
  const last = head[head.length - 1] ?? '';
  return !'aeiou'.includes(last) && tail.startsWith(last) && DOUBLED_CONSONANT_ENDINGS.has(tail.slice(1));
}

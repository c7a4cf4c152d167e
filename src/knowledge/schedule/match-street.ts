// Tolerant lookup of a street among one municipality's streets: spelling, abbreviations, typos.

import type { WasteStreet } from '../content-types.js';
import { allowedTypos, editDistance, streetKey, streetStem } from './street-key.js';

/** A street found for a query; `ambiguous` when another street scored just as well. */
export interface StreetMatch {
  street: WasteStreet;
  /** 1 for an exact (normalised) match, lower for looser matches, never below 0.5. */
  score: number;
  ambiguous: boolean;
}

/** How strict `scoreStreetKey` is: a query is only a street name; free text holds ordinary words too. */
export interface StreetScoring {
  /** Accept the name without its ending ("kerk" for Kerkstraat). */
  allowStem: boolean;
  /** Shortest key for which typos are tolerated. */
  minTypoLength: number;
}

const QUERY_SCORING: StreetScoring = { allowStem: true, minTypoLength: 5 };

// Street names are few and fixed per content version; their keys are computed once, not for
// every run of words of every question (which made street lookup the slowest step of a turn).
const nameKeys = new Map<string, { key: string; stem: string }>();

function keysOf(streetName: string): { key: string; stem: string } {
  let keys = nameKeys.get(streetName);
  if (!keys) {
    const key = streetKey(streetName);
    keys = { key, stem: streetStem(key) };
    nameKeys.set(streetName, keys);
  }
  return keys;
}

/** How a query key relates to one street, from 1 (exact) down to 0.6; 0 when it does not match. */
export function scoreStreetKey(queryKey: string, streetName: string, scoring: StreetScoring = QUERY_SCORING): number {
  const { key, stem } = keysOf(streetName);
  if (queryKey === '' || key === '') return 0;
  if (queryKey === key) return 1;
  if (scoring.allowStem && stem !== key && queryKey === stem) return 0.9;
  // An abbreviation like "kerkstr" that has already been expanded would be exact; this covers
  // cut-offs such as "kerkst" or "stationss" that go beyond the stem.
  if (queryKey.length > stem.length && key.startsWith(queryKey)) return 0.85;
  if (queryKey.length >= 8 && key.endsWith(queryKey)) return 0.8;
  const shorter = Math.min(queryKey.length, key.length);
  const limit = shorter >= scoring.minTypoLength ? allowedTypos(shorter) : 0;
  if (limit > 0 && queryKey[0] === key[0]) {
    const distance = editDistance(queryKey, key, limit);
    if (distance <= limit) return 0.8 - 0.1 * distance;
  }
  return 0;
}

/** Best of several scored streets, with the ambiguity flag; null when nothing scored. */
export function bestStreet(scored: ReadonlyArray<{ street: WasteStreet; score: number }>): StreetMatch | null {
  let best: { street: WasteStreet; score: number } | undefined;
  let ambiguous = false;
  for (const candidate of scored) {
    if (candidate.score <= 0) continue;
    if (!best || candidate.score > best.score) {
      best = candidate;
      ambiguous = false;
    } else if (candidate.score === best.score && candidate.street.street !== best.street.street) {
      ambiguous = true;
    }
  }
  return best ? { street: best.street, score: best.score, ambiguous } : null;
}

/**
 * The street of `streets` (one tenant's list) that `query` names, tolerating case, diacritics,
 * "str."/"stwg" abbreviations, a missing "straat"/"laan" ending, split words ("kerk straat"),
 * house numbers ("Abdijstraat 12 bus 3") and 1-2 typos in longer names. Null when nothing fits.
 */
export function matchStreet(streets: readonly WasteStreet[], query: string): StreetMatch | null {
  const queryKey = streetKey(query);
  if (queryKey.length < 2) return null;
  return bestStreet(streets.map((street) => ({ street, score: scoreStreetKey(queryKey, street.street) })));
}

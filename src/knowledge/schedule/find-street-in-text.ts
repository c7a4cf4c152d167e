// Finds which of a municipality's streets a free-text question mentions, if any.

import type { WasteStreet } from '../content-types.js';
import { bestStreet, scoreStreetKey } from './match-street.js';
import type { StreetMatch } from './match-street.js';
import { streetKey, streetWords } from './street-key.js';

const MAX_WORDS = 4;

interface StreetIndex {
  byFirstLetter: Map<string, WasteStreet[]>;
  keyed: Array<{ street: WasteStreet; key: string }>;
}

// One index per street list (a tenant's content version), kept while that list is alive: every
// match but "ends with" needs the same first letter, so only that bucket is scored.
const indexes = new WeakMap<readonly WasteStreet[], StreetIndex>();

function indexOf(streets: readonly WasteStreet[]): StreetIndex {
  let index = indexes.get(streets);
  if (!index) {
    const byFirstLetter = new Map<string, WasteStreet[]>();
    const keyed = streets.map((street) => ({ street, key: streetKey(street.street) }));
    for (const { street, key } of keyed) byFirstLetter.set(key[0] ?? '', [...(byFirstLetter.get(key[0] ?? '') ?? []), street]);
    index = { byFirstLetter, keyed };
    indexes.set(streets, index);
  }
  return index;
}

/**
 * The street of `streets` mentioned in `text` ("wanneer wordt de gft opgehaald in de abdijstraat 5?").
 * Tries every run of 1-4 words. Stricter than matchStreet, because ordinary words must not turn
 * into streets: a bare stem ("Molen" for Molenstraat) counts only after "in de"/"op de" and
 * with at least 5 letters, and typos only in words of 7 letters or more. Prefers the higher score, then the longer run. Null when none is found.
 */
export function findStreetInText(streets: readonly WasteStreet[], text: string): StreetMatch | null {
  const index = indexOf(streets);
  const words = streetWords(text);
  let found: { match: StreetMatch; length: number } | undefined;
  for (let start = 0; start < words.length; start += 1) {
    const afterArticle = start >= 2 && words[start - 1] === 'de' && ['in', 'op'].includes(words[start - 2] ?? '');
    for (let length = 1; length <= MAX_WORDS && start + length <= words.length; length += 1) {
      const key = words.slice(start, start + length).join('');
      // "sluit" is one letter from "Sluis": in free text only longer words may carry a typo.
      const scoring = { allowStem: afterArticle && key.length >= 5, minTypoLength: 7 };
      const bucket = index.byFirstLetter.get(key[0] ?? '') ?? [];
      const scored = bucket.map((street) => ({ street, score: scoreStreetKey(key, street.street, scoring) }));
      // "heidestraat" for "Oude Heidestraat": a long key may match the end of a name.
      if (key.length >= 8) for (const k of index.keyed) if (k.key[0] !== key[0] && k.key.endsWith(key)) scored.push({ street: k.street, score: 0.8 });
      const match = bestStreet(scored);
      if (!match) continue;
      if (!found || match.score > found.match.score || (match.score === found.match.score && length > found.length)) {
        found = { match, length };
      }
    }
  }
  return found?.match ?? null;
}

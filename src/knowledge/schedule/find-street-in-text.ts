// Finds which of a municipality's streets a free-text question mentions, if any.

import type { WasteStreet } from '../content-types.js';
import { bestStreet, scoreStreetKey } from './match-street.js';
import type { StreetMatch } from './match-street.js';
import { streetWords } from './street-key.js';

const MAX_WORDS = 4;

/**
 * The street of `streets` mentioned in `text` ("wanneer wordt de gft opgehaald in de abdijstraat 5?").
 * Tries every run of 1-4 words. Stricter than matchStreet, because ordinary words must not turn
 * into streets: a bare stem ("Molen" for Molenstraat) counts only after "in de"/"op de" and
 * with at least 5 letters, and typos only in words of 7 letters or more. Prefers the higher score, then the longer run. Null when none is found.
 */
export function findStreetInText(streets: readonly WasteStreet[], text: string): StreetMatch | null {
  const words = streetWords(text);
  let found: { match: StreetMatch; length: number } | undefined;
  for (let start = 0; start < words.length; start += 1) {
    const afterArticle = start >= 2 && words[start - 1] === 'de' && ['in', 'op'].includes(words[start - 2] ?? '');
    for (let length = 1; length <= MAX_WORDS && start + length <= words.length; length += 1) {
      const key = words.slice(start, start + length).join('');
      // "sluit" is one letter from "Sluis": in free text only longer words may carry a typo.
      const scoring = { allowStem: afterArticle && key.length >= 5, minTypoLength: 7 };
      const match = bestStreet(streets.map((street) => ({ street, score: scoreStreetKey(key, street.street, scoring) })));
      if (!match) continue;
      if (!found || match.score > found.match.score || (match.score === found.match.score && length > found.length)) {
        found = { match, length };
      }
    }
  }
  return found?.match ?? null;
}

// Finds the waste fractions a question names ("grijze zak" → restafval, "blauwe zak" → pmd).
import type { WasteFraction } from '../../knowledge/index.js';
import { FRACTION_PATTERNS } from './fraction-lexicon.js';

const GLOBAL_PATTERNS = FRACTION_PATTERNS.map(({ fraction, pattern }) => ({ fraction, pattern, all: new RegExp(pattern.source, 'g') }));

/** The fractions named in normalised `text`, in lexicon order, each once. */
export function detectFractions(text: string): WasteFraction[] {
  let rest = text;
  const found: WasteFraction[] = [];
  for (const { fraction, pattern, all } of GLOBAL_PATTERNS) {
    if (pattern.test(rest)) {
      found.push(fraction);
      // Consume the words so "grof huisvuil" does not also count as restafval.
      rest = rest.replace(all, ' ');
    }
  }
  return found;
}

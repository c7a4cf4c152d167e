// Finds the waste fractions a question names ("grijze zak" → restafval, "blauwe zak" → pmd).
import type { WasteFraction } from '../../knowledge/index.js';
import { FRACTION_PATTERNS } from './fraction-lexicon.js';

/** The fractions named in normalised `text`, in lexicon order, each once. */
export function detectFractions(text: string): WasteFraction[] {
  let rest = text;
  const found: WasteFraction[] = [];
  for (const { fraction, pattern } of FRACTION_PATTERNS) {
    if (pattern.test(rest)) {
      found.push(fraction);
      // Consume the words so "grof huisvuil" does not also count as restafval.
      rest = rest.replace(new RegExp(pattern.source, 'g'), ' ');
    }
  }
  return found;
}

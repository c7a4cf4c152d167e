// ISO 13616 check of an IBAN: known length per country and the mod-97 check digits.

import { mod97 } from './mod97.js';

// Lengths of the countries residents of a Flemish municipality most plausibly mention.
// Other countries pass on the checksum alone, but only when written in capitals.
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24,
  FI: 18, FR: 27, GB: 22, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20,
  LU: 20, LV: 21, MA: 28, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24,
  SI: 19, SK: 24, SM: 27, TR: 26, UA: 29,
};

/**
 * True when `compact` (an IBAN without spaces, any case) has its country's length and
 * valid check digits. Unknown country codes need capitals and 15–34 characters.
 */
export function isValidIban(compact: string): boolean {
  const upper = compact.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(upper)) return false;
  const expected = IBAN_LENGTHS[upper.slice(0, 2)];
  if (expected === undefined ? upper !== compact : upper.length !== expected) return false;
  const rearranged = upper.slice(4) + upper.slice(0, 4);
  const digits = rearranged.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  return mod97(digits) === 1;
}

/** The IBAN length of a country code (upper case), or undefined when not in our table. */
export function ibanLength(countryCode: string): number | undefined {
  return IBAN_LENGTHS[countryCode];
}

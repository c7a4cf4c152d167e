// Detects a street and house number the resident states as their own ("ik woon in de Brugstraat 14").

import { HOUSE_NUMBER, isStreetName, STREET_WORD } from './address-patterns.js';
import type { PersonalDataFinding } from './personal-data-kinds.js';

// What counts as an address, and why:
// - A street with a house number identifies a household, so it is personal data.
// - A street alone is not redacted. Residents ask "wanneer wordt het restafval opgehaald in
//   de Molenstraat?" and the street is what the answer depends on; it identifies no one.
// - A house number alone, a postcode or a municipality is not redacted either.
// - Only a street + number the resident presents as theirs is redacted: after a cue such as
//   "ik woon in", "mijn adres is", "I live at" (here), or the address the platform already
//   knows (findResidentAddresses). Every other street + number stays, because replies and
//   questions are full of public addresses ("het recyclagepark, Industrieweg 5", "gemeentehuis,
//   Markt 1") that the resident needs.
// - The postcode and municipality after the number stay: they are the tenant's own.
const CUE =
  /\b(?:ik\s+woon|wij\s+wonen|we\s+wonen|woonachtig|wonende|(?:mijn|ons)\s+(?:nieuwe?\s+|oude?\s+|huidige?\s+)?(?:adres|domicilie)(?:\s+is|\s*:)|adres\s*:|(?:ik\s+ben\s+|we\s+zijn\s+)?verhuisd\s+naar|ik\s+verhuis\s+naar|i\s+live|we\s+live|my\s+(?:new\s+)?address\s+is|(?:i|we)\s+moved\s+to|i(?:'m|\s+am)\s+moving\s+to)(?![\p{L}\p{N}])/giu;
const CONNECTOR = String.raw`[\s:]*(?:(?:nu|nog|sinds kort|momenteel|now|currently|still)\s+)?(?:(?:in|op|aan|te|at|on|to)\s+)?(?:(?:de|het|den|der|the)\s+)?`;
const CITY_FIRST = String.raw`\p{Lu}[\p{L}-]+(?:\s*,\s*|\s+(?:in|op|aan)\s+(?:(?:de|het|den)\s+)?)`;
// Connecting words are not part of a street name: "Leiebeke in de Tramstraat 2B" is two places.
const WORD = `(?!(?:in|op|aan|te|bij|en|sinds|at|on|and)\\s)${STREET_WORD}`;
const STREET_AND_NUMBER = `(?<address>(?<street>(?:${WORD}\\s+){0,3}?${WORD})\\s*,?\\s*(?:(?:nr\\.?|nummer|n°|no\\.?)\\s*)?${HOUSE_NUMBER})`;
const STREET_THEN_NUMBER = new RegExp(`${CONNECTOR}${STREET_AND_NUMBER}`, 'yu');
// "ik woon in Leiebeke, Molenstraat 33": tried second, so "Molenstraat, nummer 14" is not read as a town.
const TOWN_STREET_THEN_NUMBER = new RegExp(`${CONNECTOR}${CITY_FIRST}${STREET_AND_NUMBER}`, 'yu');
const NUMBER_THEN_STREET = new RegExp(
  `${CONNECTOR}(?<address>\\d{1,4}[A-Za-z]?,?\\s+(?<street>(?:${STREET_WORD}\\s+){0,3}?${STREET_WORD}))(?![\\p{L}\\p{N}])`,
  'yu',
);

/**
 * Findings (kind `address`) for the street + house number that follows a residence cue
 * ("ik woon in", "mijn adres is", "I live at", "verhuisd naar") in `text`. The span covers
 * the street, number, letter and box ("Brugstraat 14 bus 3"), never the cue or the municipality.
 */
export function findDeclaredAddresses(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const cue of text.matchAll(CUE)) {
    const from = cue.index + cue[0].length;
    const found =
      matchAt(STREET_THEN_NUMBER, text, from, true) ??
      matchAt(TOWN_STREET_THEN_NUMBER, text, from, true) ??
      matchAt(NUMBER_THEN_STREET, text, from, false);
    if (found) findings.push({ kind: 'address', ...found });
  }
  return findings;
}

function matchAt(pattern: RegExp, text: string, from: number, allowCapitalized: boolean): { start: number; end: number } | undefined {
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  const address = match?.groups?.['address'];
  const street = match?.groups?.['street'];
  if (!match || address === undefined || street === undefined || !isStreetName(street, allowCapitalized)) return undefined;
  const end = match.index + match[0].length;
  return { start: end - address.length, end };
}

// Detects Belgian licence plates: the current 1-ABC-234 format and, in context, the old ones.

import type { PersonalDataFinding } from './personal-data-kinds.js';
import { TOKEN_END, TOKEN_START } from './token-boundaries.js';

// Current format (since 2010): digit, three letters, three digits. Dashes, dots or nothing
// between the parts in any case; plain spaces only in capitals, because "1 zak 120" is not a plate.
const CURRENT = new RegExp(
  `${TOKEN_START}[1-9](?:-[A-Za-z]{3}-|\\.[A-Za-z]{3}\\.|[A-Za-z]{3}| [A-Z]{3} )\\d{3}${TOKEN_END}`,
  'gu',
);
// Old formats (ABC-123 until 2008, 123-ABC until 2010) look like any code ("PMD-100", "ISO-900"),
// so they count only in capitals, with a dash, and near a word for a licence plate.
const OLD = new RegExp(`${TOKEN_START}(?:[A-Z]{3}-\\d{3}|\\d{3}-[A-Z]{3})${TOKEN_END}`, 'gu');
// Only words that name the plate itself: "auto" or "bewonerskaart" also sit next to form codes
// ("voor de bewonerskaart vult u formulier BWK-120 in").
const PLATE_CONTEXT = /nummerplaat|nummerplaten|kenteken|\bplaat\b|nrplaat|licen[cs]e plate|number ?plate|registration plate|\bplate\b/i;
const CODE_WORDS = new Set(['PMD', 'GFT', 'KGA', 'BTW', 'EUR', 'USD', 'ISO', 'LEZ', 'GAS', 'ART', 'DIV', 'KBO', 'RSZ', 'VAT', 'NIS', 'RUP', 'BPA', 'APK', 'CAO', 'OCM', 'EPC', 'KWH', 'WTW']);
const CONTEXT_REACH = 80;

/**
 * Findings for Belgian licence plates in `text`. Current-format plates count, except a
 * spaced one whose letters are a code word ("2 GFT 120" containers); old ABC-123 / 123-ABC
 * plates only when in capitals, dashed, not a code word (PMD, GFT, BTW, …) and within 80
 * characters of a word for a plate (nummerplaat, kenteken, plaat, licence plate).
 */
export function findLicencePlates(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const match of text.matchAll(CURRENT)) {
    if (match[0].includes(' ') && CODE_WORDS.has(match[0].replace(/[^A-Z]/g, ''))) continue;
    findings.push({ kind: 'licence-plate', start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(OLD)) {
    const letters = match[0].replace(/[^A-Z]/g, '');
    if (CODE_WORDS.has(letters)) continue;
    const end = match.index + match[0].length;
    const around = text.slice(Math.max(0, match.index - CONTEXT_REACH), end + CONTEXT_REACH);
    if (!PLATE_CONTEXT.test(around)) continue;
    findings.push({ kind: 'licence-plate', start: match.index, end });
  }
  return findings;
}

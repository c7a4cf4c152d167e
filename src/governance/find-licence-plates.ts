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
// so they count only in capitals, with a dash, and near a word about vehicles.
const OLD = new RegExp(`${TOKEN_START}(?:[A-Z]{3}-\\d{3}|\\d{3}-[A-Z]{3})${TOKEN_END}`, 'gu');
const VEHICLE_CONTEXT =
  /nummerplaat|nummerplaten|kenteken|\bplaat\b|\bauto|wagen|voertuig|camionette|\bmoto|motorfiets|oldtimer|parkeer|parkeren|parking|bewonerskaart|geflitst|flitspaal|lage[- ]emissiezone|\bLEZ\b|\bDIV\b|licen[cs]e plate|number ?plate|registration|\bcar\b|\bvehicle/i;
const CODE_WORDS = new Set(['PMD', 'GFT', 'KGA', 'BTW', 'EUR', 'USD', 'ISO', 'LEZ', 'GAS', 'ART', 'DIV', 'KBO', 'RSZ', 'VAT', 'NIS', 'RUP', 'BPA', 'APK', 'CAO', 'OCM', 'EPC', 'KWH', 'WTW']);
const CONTEXT_REACH = 80;

/**
 * Findings for Belgian licence plates in `text`. Current-format plates always count; old
 * ABC-123 / 123-ABC plates only when in capitals, dashed, not a known code word (PMD, GFT,
 * BTW, …) and within 80 characters of a vehicle word (nummerplaat, auto, parkeren, …).
 */
export function findLicencePlates(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const match of text.matchAll(CURRENT)) {
    findings.push({ kind: 'licence-plate', start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(OLD)) {
    const letters = match[0].replace(/[^A-Z]/g, '');
    if (CODE_WORDS.has(letters)) continue;
    const end = match.index + match[0].length;
    const around = text.slice(Math.max(0, match.index - CONTEXT_REACH), end + CONTEXT_REACH);
    if (!VEHICLE_CONTEXT.test(around)) continue;
    findings.push({ kind: 'licence-plate', start: match.index, end });
  }
  return findings;
}

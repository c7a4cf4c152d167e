// Detects Belgian mobile and landline numbers and international numbers written with "+".

import type { PersonalDataFinding } from './personal-data-kinds.js';
import { scanCandidates } from './scan-candidates.js';
import { NUMBER_SEPARATOR as S, TOKEN_END, TOKEN_START } from './token-boundaries.js';

// Belgian subscriber parts are written in fixed groups (12 34 56, 123 456, 123 45 67).
// Requiring those groups, rather than any digits with any separators, is what keeps dates
// such as "09/12/2026 8 uur" (nine digits, starts with 0) from reading as a landline.
const SIX = `(?:\\d{2}${S}\\d{2}${S}\\d{2}|\\d{3}${S}\\d{3}|\\d{2}${S}\\d{4})`;
const SEVEN = `(?:\\d{3}${S}\\d{2}${S}\\d{2}|\\d{3}${S}\\d{4}|\\d{2}${S}\\d{2}${S}\\d{3})`;
// Mobile 04[5-9]x + six digits; landline 0 + one-digit zone (2, 3, 4, 9) + seven, or
// 0 + two-digit zone + six. The zone may be in parentheses: (09) 123 45 67.
const NATIONAL = `(?:04[5-9]\\d${S}${SIX}|0[2349]${S}${SEVEN}|0[1-9]\\d${S}${SIX}|\\(0[2349]\\) ?${SEVEN}|\\(0[1-9]\\d\\) ?${SIX})`;
// +32 / 0032, optionally "(0)", then the national number without its leading 0.
const BELGIAN_INTERNATIONAL = `(?:\\+|00) ?32${S}(?:\\(0\\) ?)?(?:4[5-9]\\d${S}${SIX}|[2349]${S}${SEVEN}|[1-9]\\d${S}${SIX})`;
// Any other "+" number; its 8–15 digits are counted after the match. "00" is accepted only
// for neighbouring countries, because "00" + digits is also how references begin.
const OTHER_INTERNATIONAL = `(?:\\+ ?|00(?=31|33|352|44|49))\\(?\\d[\\d \\u00a0.\\/()-]{5,24}\\d`;

const CANDIDATE = new RegExp(
  `${TOKEN_START}(?:${BELGIAN_INTERNATIONAL}|${NATIONAL}|${OTHER_INTERNATIONAL})${TOKEN_END}`,
  'gu',
);
// Belgian enterprise numbers (0478.123.456 is a valid KBO number) follow these words.
const ENTERPRISE_CONTEXT = /(?:ondernemings(?:nummer|nr)|kbo|btw|vat|enterprise|company)[^\d\n]{0,20}$|\bBE ?$/i;

/**
 * Findings for every phone number in `text`: Belgian mobile and landline numbers in
 * national or +32/0032 notation, and other international numbers of 8–15 digits after "+".
 * A number right after "ondernemingsnummer", "btw", "KBO" or "BE" is taken for an
 * enterprise number and skipped (companies are not personal data).
 */
export function findPhoneNumbers(text: string): PersonalDataFinding[] {
  return scanCandidates(text, CANDIDATE, 'phone-number', (match) => {
    const value = match[0];
    const digits = value.replace(/\D/g, '').length;
    if (digits < 8 || digits > 15 || !balancedParentheses(value)) return 0;
    if (ENTERPRISE_CONTEXT.test(text.slice(Math.max(0, match.index - 40), match.index))) return 0;
    return value.length;
  });
}

function balancedParentheses(value: string): boolean {
  let depth = 0;
  for (const char of value) {
    if (char === '(') depth++;
    else if (char === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

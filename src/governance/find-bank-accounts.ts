// Detects IBANs of any country and Belgian account numbers in the old 539-0075470-34 format.

import { isValidBelgianAccountNumber } from './is-valid-belgian-account-number.js';
import { ibanLength, isValidIban } from './is-valid-iban.js';
import type { PersonalDataFinding } from './personal-data-kinds.js';
import { scanCandidates } from './scan-candidates.js';
import { TOKEN_END, TOKEN_START } from './token-boundaries.js';

// Country, check digits, then groups of four (spaced or not) and a shorter last group.
const IBAN_CANDIDATE = new RegExp(
  `${TOKEN_START}[A-Za-z]{2} ?\\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?${TOKEN_END}`,
  'gu',
);
// The old format needs the same separator twice: twelve bare digits are too often something else.
const OLD_ACCOUNT_CANDIDATE = new RegExp(`${TOKEN_START}\\d{3}([- .])\\d{7}\\1\\d{2}${TOKEN_END}`, 'gu');

/** Findings (kind `iban`) for every checksum-valid IBAN or old-format Belgian account in `text`. */
export function findBankAccounts(text: string): PersonalDataFinding[] {
  return [
    ...scanCandidates(text, IBAN_CANDIDATE, 'iban', (match) => ibanEnd(match[0])),
    ...scanCandidates(text, OLD_ACCOUNT_CANDIDATE, 'iban', (match) =>
      isValidBelgianAccountNumber(match[0].replace(/\D/g, '')) ? match[0].length : 0,
    ),
  ];
}

// Length of the valid IBAN at the start of `candidate`, or 0. When the pattern swallowed a
// following group of four ("BE68 5390 0754 7034 2026"), the country length cuts it back.
function ibanEnd(candidate: string): number {
  const compact = candidate.replace(/ /g, '');
  if (isValidIban(compact)) return candidate.length;
  const length = ibanLength(compact.slice(0, 2).toUpperCase());
  if (length === undefined || compact.length <= length || !isValidIban(compact.slice(0, length))) return 0;
  let seen = 0;
  for (let i = 0; i < candidate.length; i++) {
    if (candidate[i] !== ' ') seen++;
    if (seen === length) return candidate[i + 1] === ' ' ? i + 1 : 0;
  }
  return 0;
}

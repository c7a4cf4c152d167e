// Detects Belgian rijksregisternummers and BIS numbers in any common notation.

import { isValidNationalRegisterNumber } from './is-valid-national-register-number.js';
import type { PersonalDataFinding } from './personal-data-kinds.js';
import { scanCandidates } from './scan-candidates.js';
import { NUMBER_SEPARATOR as S, TOKEN_END, TOKEN_START } from './token-boundaries.js';

// YY MM DD SSS CC with any mix of separators: 85.07.30-033.28, 85073003328, 850730 033 28.
const CANDIDATE = new RegExp(`${TOKEN_START}\\d{2}${S}\\d{2}${S}\\d{2}${S}\\d{3}${S}\\d{2}${TOKEN_END}`, 'gu');

/**
 * Findings for every checksum-valid rijksregisternummer or BIS number in `text`. Eleven
 * digits whose check fails are not reported (they are usually reference numbers).
 */
export function findNationalRegisterNumbers(text: string): PersonalDataFinding[] {
  return scanCandidates(text, CANDIDATE, 'national-register-number', (match) =>
    isValidNationalRegisterNumber(match[0].replace(/\D/g, '')) ? match[0].length : 0,
  );
}

// Checksum and date check of a Belgian rijksregisternummer or BIS number.

import { mod97 } from './mod97.js';

/**
 * True when `digits` (exactly 11 ASCII digits, punctuation already removed) is a plausible
 * rijksregisternummer: check digits = 97 − (first nine mod 97), or the same over "2" + first
 * nine for people born from 2000. The month may be 0 (unknown), or +20 / +40 for BIS numbers;
 * the day 0–31. The date check is ours, not the law's: it removes most 11-digit reference
 * numbers that pass the checksum by chance (about 2 in 97 do).
 */
export function isValidNationalRegisterNumber(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const month = Number(digits.slice(2, 4)) % 20;
  const monthBase = Number(digits.slice(2, 4)) - month;
  const day = Number(digits.slice(4, 6));
  if (month > 12 || monthBase > 40 || day > 31) return false;
  const first9 = digits.slice(0, 9);
  const check = Number(digits.slice(9));
  return 97 - mod97(first9) === check || 97 - mod97(`2${first9}`) === check;
}

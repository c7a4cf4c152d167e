// Check of a Belgian bank account number in the pre-IBAN format 539-0075470-34.

import { mod97 } from './mod97.js';

/**
 * True when `digits` (12 ASCII digits, punctuation removed) ends in the mod-97 of its first
 * ten digits, where a remainder of 0 is written 97.
 */
export function isValidBelgianAccountNumber(digits: string): boolean {
  if (!/^\d{12}$/.test(digits)) return false;
  const remainder = mod97(digits.slice(0, 10));
  return (remainder === 0 ? 97 : remainder) === Number(digits.slice(10));
}

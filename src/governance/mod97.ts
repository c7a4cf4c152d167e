// Remainder modulo 97 of an arbitrarily long digit string, the check behind IBAN and rijksregisternummer.

/**
 * `digits` mod 97, computed digit by digit so no BigInt or precision loss is needed.
 * Expects ASCII digits only; any other character gives a meaningless result.
 */
export function mod97(digits: string): number {
  let remainder = 0;
  for (let i = 0; i < digits.length; i++) remainder = (remainder * 10 + digits.charCodeAt(i) - 48) % 97;
  return remainder;
}

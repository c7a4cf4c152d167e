// Shared pieces of the address detectors: house numbers, street words, street-name check.

/**
 * A Belgian house number with its optional letter and box: 14, 14A, 14 a, 14 bus 3, 14/3,
 * 14 bte 2. Rejects a number that is a quantity ("12 jaar", "3 km"). RegExp source, `u` flag.
 */
export const HOUSE_NUMBER = String.raw`[1-9]\d{0,3}(?: ?[A-Za-z](?![\p{L}\p{N}'’]))?(?: ?(?:bus|box|bte\.?|b\.?) ?\d{1,4}[A-Za-z]?|\/\d{1,4}[A-Za-z]?)?(?![\p{L}\p{N}])(?![.,][\p{L}\p{N}])(?! ?(?:jaar|jaren|maand|maanden|week|weken|dag|dagen|uur|u\b|min|minuten|km|m\b|kg|euro|€|%|keer|x\b|years?|months?|weeks?|days?|hours?|minutes?|times))`;

/** One word of a street name ("Sint-Jansstraat", "O.-L.-Vrouwstraat", "d'Hoogstraat"). */
export const STREET_WORD = String.raw`\p{L}[\p{L}'’.-]*`;

const STREET_SUFFIX =
  /(?:straat|str\.?|laan|weg|steenweg|plein|markt|dreef|lei|kaai|dijk|baan|hof|pad|singel|vest|wal|park|ring|berg|veld|dries|kouter|meers|gracht|kade|hoek|wegel|street|st\.?|road|rd\.?|avenue|ave\.?|lane|drive|square|place)$/i;

/**
 * True when `street` (one or more words) ends like a street name: a known Flemish or English
 * street suffix ("brugstraat", "Grote Markt"), or, when `allowCapitalized`, any last word
 * with a capital ("Rue de la Loi", "Nieuwland").
 */
export function isStreetName(street: string, allowCapitalized: boolean): boolean {
  const last = street.split(/\s+/).pop() ?? '';
  if (STREET_SUFFIX.test(last)) return true;
  return allowCapitalized && /^\p{Lu}/u.test(last);
}

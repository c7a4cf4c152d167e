// Detects the resident's own address, as known to the platform, however it is typed.

import { foldText } from './fold-text.js';
import type { PersonalDataFinding } from './personal-data-kinds.js';

// "Kerkstraat 12", "Sint-Jansstraat 5 bus 2", "Kerkstraat 12A, 8999 Leiebeke": street, number, letter.
const ADDRESS_PARTS = /^\s*(?<street>.*?\p{L}.*?)[\s,]*(?:(?:nr\.?|nummer|n°)\s*)?(?<number>\d{1,4})(?:\s?(?<letter>[a-z])(?![\p{L}\p{N}]))?/u;

/**
 * Findings (kind `address`) wherever `text` contains one of `addresses` as street + house
 * number, ignoring case, diacritics, hyphens versus spaces, "str." for "straat", "nr." and a
 * box suffix ("kerkstraat 12 bus 3"). An address without a house number is ignored: the street
 * alone is not redacted (see findDeclaredAddresses). Never throws.
 */
export function findResidentAddresses(text: string, addresses: readonly string[]): PersonalDataFinding[] {
  const patterns = addresses.map(cachedAddressPattern).filter((pattern): pattern is RegExp => pattern !== undefined);
  if (patterns.length === 0) return [];
  const { folded, originalOffset } = foldText(text);
  const findings: PersonalDataFinding[] = [];
  for (const pattern of patterns) {
    for (const match of folded.matchAll(pattern)) {
      findings.push({ kind: 'address', start: originalOffset(match.index), end: originalOffset(match.index + match[0].length) });
    }
  }
  return findings;
}

// Compiling an address pattern costs more than the scan (about 25 µs against 5 µs), and one
// resident sends many messages; the cache is bounded because addresses come from many residents.
const patternCache = new Map<string, RegExp | undefined>();
const PATTERN_CACHE_SIZE = 1000;

function cachedAddressPattern(address: string): RegExp | undefined {
  if (patternCache.has(address)) return patternCache.get(address);
  if (patternCache.size >= PATTERN_CACHE_SIZE) patternCache.clear();
  const pattern = addressPattern(address);
  patternCache.set(address, pattern);
  return pattern;
}

function addressPattern(address: string): RegExp | undefined {
  const parts = ADDRESS_PARTS.exec(foldText(address).folded)?.groups;
  const street = parts?.['street']?.trim();
  const number = parts?.['number'];
  if (!street || !number) return undefined;
  const words = street.split(/[\s-]+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).map(escapeWord);
  const lastWord = words.pop() ?? '';
  words.push(lastWord.endsWith('straat') ? `${lastWord.slice(0, -6)}str(?:aat|\\.)?` : lastWord);
  const letter = parts?.['letter'] ? `\\s?${parts['letter']}` : `(?:\\s?[a-z](?![\\p{L}\\p{N}'’]))?`;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${words.join('[\\s-]+')}[\\s,]*(?:(?:nr\\.?|nummer|n°)\\s*)?${number}${letter}` +
      `(?:\\s?(?:bus|box|bte\\.?|b\\.?)\\s?\\d{1,4}[a-z]?|\\/\\d{1,4}[a-z]?)?(?![\\p{L}\\p{N}])`,
    'gu',
  );
}

function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

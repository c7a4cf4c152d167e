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
  const patterns = addresses.map(addressPattern).filter((pattern): pattern is RegExp => pattern !== undefined);
  if (patterns.length === 0) return [];
  const { folded, offsets } = foldText(text);
  const findings: PersonalDataFinding[] = [];
  for (const pattern of patterns) {
    for (const match of folded.matchAll(pattern)) {
      const start = offsets[match.index] ?? 0;
      const end = offsets[match.index + match[0].length] ?? text.length;
      findings.push({ kind: 'address', start, end });
    }
  }
  return findings;
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

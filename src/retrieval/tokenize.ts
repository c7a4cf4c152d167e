// Splits normalised text into words, giving hyphenated words both their joined form and parts.

import { normalizeText } from './normalize-text.js';

/**
 * Normalises `text` (see normalizeText) and returns its words in order. A hyphenated word
 * yields its parts followed by the joined form, so "kids-id", "kids id" and "kidsid" share
 * terms: "kids-id" → ["kids", "id", "kidsid"]. Numbers keep their inner separators
 * ("24,50", "08:30"); a hyphen between digits splits ("2024-2025" → ["2024", "2025"]).
 * Never throws; returns [] for text without letters or digits.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const normalized = normalizeText(text);
  if (normalized === '') return out;
  for (const word of normalized.split(' ')) {
    if (!word.includes('-')) {
      out.push(word);
      continue;
    }
    const parts = word.split('-').filter((part) => part !== '');
    out.push(...parts);
    if (parts.some((part) => /^[0-9.,:]+$/.test(part))) continue;
    out.push(parts.join(''));
  }
  return out;
}

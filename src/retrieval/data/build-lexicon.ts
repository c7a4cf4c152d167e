// Regenerates lexicon-nl.txt.gz, the compound-splitting lexicon, from the OpenTaal word list.
//
// Usage: node --import tsx src/retrieval/data/build-lexicon.ts [/usr/share/dict/dutch]
// The input is Debian's `wdutch` package (OpenTaal, BSD or CC-BY 3.0); see LEXICON-SOURCE.md.

import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { normalizeText } from '../normalize-text.js';

/** Shortest and longest word kept; shorter parts are never used, longer words are rare compounds. */
export const LEXICON_MIN_LENGTH = 3;
export const LEXICON_MAX_LENGTH = 20;

/**
 * Filters an OpenTaal word list (one word per line) to the lexicon: entries of lowercase
 * letters only (drops names, abbreviations with a period, hyphenated, spaced and numeric
 * entries), normalised like analysed text, LEXICON_MIN_LENGTH..LEXICON_MAX_LENGTH letters. Returns the sorted, deduplicated words.
 */
export function buildLexicon(wordList: string): string[] {
  const words = new Set<string>();
  for (const line of wordList.split('\n')) {
    const entry = line.trim();
    // Letters only before normalising: "aanw." and "tel." are abbreviations, not words.
    if (!/^\p{Ll}+$/u.test(entry)) continue;
    const word = normalizeText(entry);
    if (!/^[a-z]+$/.test(word)) continue;
    if (word.length < LEXICON_MIN_LENGTH || word.length > LEXICON_MAX_LENGTH) continue;
    words.add(word);
  }
  return [...words].sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const input = process.argv[2] ?? '/usr/share/dict/dutch';
  const output = fileURLToPath(new URL('./lexicon-nl.txt.gz', import.meta.url));
  const words = buildLexicon(readFileSync(input, 'utf8'));
  const gz = gzipSync(words.join('\n') + '\n', { level: 9 });
  writeFileSync(output, gz);
  console.log(`${words.length} words, ${gz.length} bytes → ${output}`);
}

// Finds synonym-table terms (single words or phrases) in a stemmed word sequence.

import type { SynonymEntry } from './synonym-entry.js';
import { stemDutch } from './stem-dutch.js';
import { tokenize } from './tokenize.js';

/** Matches table terms in a sequence of stems; see createSynonymExpander. */
export interface SynonymExpander {
  /**
   * For each term found in `stems` (the stems of a text's words in order, stopwords
   * included), the canonical phrases of its entry with the position where the term starts.
   * Matches may overlap; an entry matched twice contributes once, at its first match.
   */
  expand(stems: readonly string[]): SynonymMatch[];
  /** Every normalised word that occurs in a term, for typo correction. */
  readonly words: ReadonlySet<string>;
}

/** A canonical phrase to add, and the word position of the term that called for it. */
export interface SynonymMatch {
  phrase: string;
  /** The phrase's normalised words (tokenize(phrase)), computed once per table. */
  words: readonly string[];
  position: number;
  /** How many words of the text the matched term spans (2 for "grijze zak"). */
  length: number;
}

interface Phrase {
  stems: readonly string[];
  entry: number;
}

/**
 * Indexes the terms of `tables` by the stem of their first word. Terms are analysed like
 * text (normalised, tokenised, stemmed), so "Kids-ID" and "kids id" are the same term.
 * Throws when a term or canonical phrase has no words, since it could never match.
 */
export function createSynonymExpander(tables: readonly (readonly SynonymEntry[])[]): SynonymExpander {
  const entries = tables.flat();
  const canonicalWords = entries.map((entry) => entry.canonical.map((phrase) => ({ phrase, words: tokenize(phrase) })));
  const byFirstStem = new Map<string, Phrase[]>();
  const words = new Set<string>();
  entries.forEach((entry, index) => {
    for (const { phrase, words: phraseWords } of canonicalWords[index] ?? []) {
      if (phraseWords.length === 0) throw new Error(`synonym canonical "${phrase}" has no words`);
    }
    for (const term of entry.terms) {
      const tokens = tokenize(term);
      if (tokens.length === 0) throw new Error(`synonym term "${term}" has no words`);
      for (const token of tokens) words.add(token);
      // A hyphenated term tokenises to parts plus joined form; either spelling should match.
      const variants = term.includes('-') ? [tokenize(term.replace(/-/g, ' ')), tokenize(term.replace(/-/g, ''))] : [tokens];
      for (const variant of variants) {
        const stems = variant.map(stemDutch);
        const first = stems[0];
        if (first === undefined) continue;
        const list = byFirstStem.get(first) ?? [];
        list.push({ stems, entry: index });
        byFirstStem.set(first, list);
      }
    }
  });

  const expand = (stems: readonly string[]): SynonymMatch[] => {
    const matched = new Map<number, { position: number; length: number }>();
    for (let i = 0; i < stems.length; i++) {
      for (const phrase of byFirstStem.get(stems[i] ?? '') ?? []) {
        if (matched.has(phrase.entry)) continue;
        if (phrase.stems.every((stem, k) => stems[i + k] === stem)) matched.set(phrase.entry, { position: i, length: phrase.stems.length });
      }
    }
    return [...matched].flatMap(([index, { position, length }]) =>
      (canonicalWords[index] ?? []).map(({ phrase, words: phraseWords }) => ({ phrase, words: phraseWords, position, length })),
    );
  };

  return { expand, words };
}

// The Dutch analysis pipeline: words → typo fixes → synonyms → stopwords → compounds → stems.

import type { CompoundSplitter } from './create-compound-splitter.js';
import type { SynonymExpander } from './create-synonym-expander.js';
import type { TypoCorrector } from './create-typo-corrector.js';
import { defaultSynonymExpander } from './default-synonym-expander.js';
import { stemDutch } from './stem-dutch.js';
import { DUTCH_STOPWORDS, QUESTION_WORDS } from './stopwords-nl.js';
import { tokenize } from './tokenize.js';

/** Options of analyzeDutch and analyzeDutchTerms. Every default suits the index side. */
export interface AnalyzeDutchOptions {
  /** Words to drop. Default DUTCH_STOPWORDS. */
  stopwords?: ReadonlySet<string>;
  /** Keep every word, stopwords included. Default false. */
  keepStopwords?: boolean;
  /** Keep QUESTION_WORDS ("hoeveel", "wanneer") for intent detection. Default false. */
  keepQuestionWords?: boolean;
  /** Add canonical terms from synonym tables: true for the Dutch and English tables. Default false. */
  expandSynonyms?: boolean | SynonymExpander;
  /** Add compound parts found by this splitter ("afvalophaling" → afval, ophaling). Default none. */
  compounds?: CompoundSplitter | null;
  /** Add the correction of words unknown to this corrector and to `compounds`. Default none. */
  typos?: TypoCorrector | null;
}

/** Why a term is in the output: the text itself or one of the expansions. */
export type TermSource = 'text' | 'typo' | 'compound' | 'synonym';

/** One analysed term: its normalised word, its stem and where it came from. */
export interface AnalyzedTerm {
  /** The normalised word ("identiteitskaart"); for expansions, the added word. */
  surface: string;
  /** The Snowball stem used for matching ("identiteitskaart", "ophal"). */
  stem: string;
  /** Index of the text word the term stems from (expansions share their word's position). */
  position: number;
  source: TermSource;
  /** Words of the text this term stands for, from `position` on (a phrase synonym spans several). */
  span?: number;
}

/**
 * Analyses `text` into terms, in text order with each word's expansions right after it.
 * Duplicates are kept (term frequency matters to BM25). Never throws on any string input.
 * Typo correction applies to words of four or more letters without digits that are not
 * stopwords and are unknown to the corrector, the compound lexicon and the synonym tables;
 * the original word is kept beside its correction.
 */
export function analyzeDutchTerms(text: string, options: AnalyzeDutchOptions = {}): AnalyzedTerm[] {
  const stopwords = options.stopwords ?? DUTCH_STOPWORDS;
  const synonyms =
    options.expandSynonyms === true ? defaultSynonymExpander() : options.expandSynonyms || null;
  const { compounds = null, typos = null } = options;
  const keep = (word: string): boolean =>
    options.keepStopwords === true ||
    !stopwords.has(word) ||
    (options.keepQuestionWords === true && QUESTION_WORDS.has(word));

  const words = tokenize(text);
  const corrected = words.map((word) => {
    if (!typos || stopwords.has(word) || /\d/.test(word) || typos.has(word)) return null;
    if (compounds?.has(word) || synonyms?.words.has(word)) return null;
    return typos.correct(word);
  });

  const terms: AnalyzedTerm[] = [];
  const addWord = (word: string, position: number, source: TermSource, span = 1): void => {
    if (!keep(word)) return;
    terms.push({ surface: word, stem: stemDutch(word), position, source, ...(span > 1 ? { span } : {}) });
    for (const part of compounds?.split(word) ?? []) {
      terms.push({ surface: part, stem: stemDutch(part), position, source: source === 'text' ? 'compound' : source });
    }
  };

  const added = new Map<number, Array<{ word: string; span: number }>>();
  if (synonyms) {
    const stems = words.map((word, i) => stemDutch(corrected[i] ?? word));
    for (const match of synonyms.expand(stems)) {
      const list = added.get(match.position) ?? [];
      list.push(...match.words.map((word) => ({ word, span: match.length })));
      added.set(match.position, list);
    }
  }

  words.forEach((word, position) => {
    addWord(word, position, 'text');
    const fix = corrected[position];
    if (fix) addWord(fix, position, 'typo');
    for (const synonym of added.get(position) ?? []) addWord(synonym.word, position, 'synonym', synonym.span);
  });
  return terms;
}

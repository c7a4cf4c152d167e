// A per-tenant analyser: the tenant's vocabulary drives typo correction and compound splitting.

import { analyzeDutchTerms, type AnalyzedTerm, type AnalyzeDutchOptions } from './analyze-dutch-terms.js';
import { createCompoundSplitter, type CompoundSplitter } from './create-compound-splitter.js';
import { createDeletionIndex, createTypoCorrector, type DeletionIndex, type TypoCorrector } from './create-typo-corrector.js';
import { defaultSynonymExpander } from './default-synonym-expander.js';
import { tokenize } from './tokenize.js';

/** Analysis bound to one tenant's content; see createDutchAnalyzer. */
export interface DutchAnalyzer {
  /** Stems for the index: stopwords dropped, compound parts added, no synonyms or typo fixes. */
  analyzeDocument(text: string): string[];
  /** Terms of a resident's question: typo fixes, synonyms and compound parts added. */
  analyzeQuery(text: string, options?: Pick<AnalyzeDutchOptions, 'keepQuestionWords'>): AnalyzedTerm[];
  readonly compounds: CompoundSplitter;
  readonly typos: TypoCorrector;
}

/** The typo deletion index every tenant's analyser shares in this process (see DeletionIndex). */
let processIndex: DeletionIndex | undefined;

/**
 * Builds an analyser from the tenant's content texts (concept and local texts, titles,
 * keywords). Their words, with counts, become the typo vocabulary (plus the synonym tables'
 * words) and extra compound lexicon. Loads the shared lexicon on first use. Cost grows with
 * the vocabulary (about 0.1 s for a municipality's few thousand distinct words); build it
 * once per tenant and content version. The typo corrector's deletion index is shared by every
 * analyser of the process unless `options.deletionIndex` names another: municipalities share
 * most words, and each corrector still suggests only words of its own tenant's content.
 */
export function createDutchAnalyzer(contentTexts: Iterable<string>, options: { deletionIndex?: DeletionIndex } = {}): DutchAnalyzer {
  const counts = new Map<string, number>();
  for (const text of contentTexts) {
    for (const word of tokenize(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const synonyms = defaultSynonymExpander();
  for (const word of synonyms.words) if (!counts.has(word)) counts.set(word, 1);
  const compounds = createCompoundSplitter(counts.keys());
  const typos = createTypoCorrector(counts, { index: options.deletionIndex ?? (processIndex ??= createDeletionIndex()) });
  return {
    compounds,
    typos,
    analyzeDocument: (text) => analyzeDutchTerms(text, { compounds }).map((term) => term.stem),
    analyzeQuery: (text, options = {}) =>
      analyzeDutchTerms(text, { ...options, compounds, typos, expandSynonyms: synonyms }),
  };
}

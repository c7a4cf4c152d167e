// Front door of the retrieval module (for now: Dutch text analysis).

export { analyzeDutch } from './analyze-dutch.js';
export { analyzeDutchTerms } from './analyze-dutch-terms.js';
export type { AnalyzeDutchOptions, AnalyzedTerm, TermSource } from './analyze-dutch-terms.js';
export { createDutchAnalyzer } from './create-dutch-analyzer.js';
export type { DutchAnalyzer } from './create-dutch-analyzer.js';
export { createCompoundSplitter } from './create-compound-splitter.js';
export type { CompoundSplitter, CompoundSplitterOptions } from './create-compound-splitter.js';
export { createTypoCorrector, createDeletionIndex, maxTypoDistance } from './create-typo-corrector.js';
export type { TypoCorrector, DeletionIndex } from './create-typo-corrector.js';
export { createSynonymExpander } from './create-synonym-expander.js';
export type { SynonymExpander, SynonymMatch } from './create-synonym-expander.js';
export type { SynonymEntry } from './synonym-entry.js';
export { DUTCH_SYNONYMS } from './synonyms-nl.js';
export { ENGLISH_SYNONYMS } from './synonyms-en.js';
export { DUTCH_STOPWORDS, QUESTION_WORDS } from './stopwords-nl.js';
export { normalizeText } from './normalize-text.js';
export { tokenize } from './tokenize.js';
export { stemDutch } from './stem-dutch.js';
export { damerauLevenshtein } from './damerau-levenshtein.js';
export { loadDutchLexicon } from './load-dutch-lexicon.js';
export { createBm25fIndex } from './create-bm25f-index.js';
export type { Bm25fIndex, FieldDocument, FieldWeights, Hit, QueryTerm } from './create-bm25f-index.js';
export { buildProductIndex, toQueryTerms, PRODUCT_FIELD_WEIGHTS } from './build-product-index.js';
export type { ProductIndex } from './build-product-index.js';

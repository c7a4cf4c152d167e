// Front door of Dutch text analysis: text in, stems out, for the index and for queries.

import { analyzeDutchTerms, type AnalyzeDutchOptions } from './analyze-dutch-terms.js';

/**
 * The stems of `text` for indexing or querying ("Wat kost een identiteitskaart?" →
 * ["kost", "identiteitskaart"]). Defaults suit the index side: stopwords dropped, no
 * expansion. Query side: pass `expandSynonyms: true` and a tenant's `compounds` and `typos`
 * (or use createDutchAnalyzer). For surface words and term origins use analyzeDutchTerms.
 * Never throws on any string input.
 */
export function analyzeDutch(text: string, options: AnalyzeDutchOptions = {}): string[] {
  return analyzeDutchTerms(text, options).map((term) => term.stem);
}

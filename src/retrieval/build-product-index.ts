// The per-tenant product index: each of the municipality's products (regional concept + local
// instance) as one BM25F document, searched with the tenant's own Dutch analyser.
import type { Concept, TenantContent } from '../knowledge/index.js';
import { createBm25fIndex, type Bm25fIndex, type FieldWeights, type Hit, type QueryTerm } from './create-bm25f-index.js';
import { createDutchAnalyzer, type DutchAnalyzer } from './create-dutch-analyzer.js';
import { analyzeDutchTerms, type AnalyzedTerm, type TermSource } from './analyze-dutch-terms.js';

// Tuned on the development questions: the title and the official search terms name the
// product; local text and notes carry the words residents use for local places and partners.
export const PRODUCT_FIELD_WEIGHTS: FieldWeights = {
  title: { weight: 4, b: 0.3 },
  keywords: { weight: 3, b: 0.3 },
  description: { weight: 1, b: 0.75 },
  details: { weight: 0.5, b: 0.75 },
  local: { weight: 1.2, b: 0.75 },
  location: { weight: 0.3, b: 0.5 },
};

// Expansions count a little less than the resident's own words.
const SOURCE_WEIGHTS: Record<TermSource, number> = { text: 1, typo: 0.9, synonym: 0.9, compound: 0.6 };

// An official search term (IPDC "zoekterm") named in full is strong evidence: "rijbewijs" is the
// product rijbewijs, not the international one whose terms are "internationaal rijbewijs". The
// bonus is per word of the term.
const KEYWORD_BONUS = 1.5;

/** A tenant's searchable products. */
export interface ProductIndex {
  readonly analyzer: DutchAnalyzer;
  readonly index: Bm25fIndex;
  /** Weighted query terms of a question (typo fixes, synonyms, compounds included). */
  queryTerms(question: string): QueryTerm[];
  /** Products ranked for `terms`, best first. */
  search(terms: readonly QueryTerm[], limit?: number): Hit[];
}

/** Turns analysed terms into weighted query terms. */
export function toQueryTerms(terms: readonly AnalyzedTerm[]): QueryTerm[] {
  return terms.map((term) => ({
    stem: term.stem,
    weight: SOURCE_WEIGHTS[term.source],
    group: term.position,
    part: term.source === 'compound',
  }));
}

/**
 * Indexes every product of `content` (one per instance, offered or not) with its concept from
 * `concepts`. Builds the tenant's analyser from the same texts (about 0.1-0.3 s).
 */
export function buildProductIndex(concepts: readonly Concept[], content: TenantContent): ProductIndex {
  const conceptById = new Map(concepts.map((c) => [c.id, c]));
  const locationName = new Map(content.locations.map((l) => [l.id, l.name]));
  const documents = content.instances.flatMap((instance) => {
    const concept = conceptById.get(instance.conceptId);
    if (!concept) return [];
    const { Beschrijving = '', ...rest } = concept.sections;
    return [
      {
        id: concept.id,
        fields: {
          title: concept.title,
          keywords: concept.keywords.join(' '),
          description: Beschrijving,
          details: Object.values(rest).join('\n'),
          local: [instance.localText, instance.note, instance.cost].filter(Boolean).join('\n'),
          location: instance.locationId ? (locationName.get(instance.locationId) ?? '') : '',
        },
      },
    ];
  });
  const analyzer = createDutchAnalyzer(
    documents.flatMap((d) => Object.values(d.fields)).concat(content.locations.map((l) => l.name)),
  );
  const index = createBm25fIndex(documents, PRODUCT_FIELD_WEIGHTS, (text) => analyzer.analyzeDocument(text));
  const keywordStems = new Map(
    documents.map((d) => [
      d.id,
      (conceptById.get(d.id)?.keywords ?? []).map((k) => analyzeDutchTerms(k).map((t) => t.stem)).filter((stems) => stems.length > 0),
    ]),
  );
  return {
    analyzer,
    index,
    queryTerms: (question) => toQueryTerms(analyzer.analyzeQuery(question)),
    search: (terms, limit = 10) => {
      const stems = new Set(terms.filter((t) => !t.part).map((t) => t.stem));
      const hits = index.search(terms, Math.max(limit, 20)).map((hit) => {
        const named = Math.max(0, ...(keywordStems.get(hit.id) ?? []).filter((phrase) => phrase.every((stem) => stems.has(stem))).map((phrase) => phrase.length));
        // The longer the term named, the more specific: "voorlopig rijbewijs" over "rijbewijs".
        return named > 0 ? { ...hit, score: hit.score + KEYWORD_BONUS * named, named } : hit;
      });
      return hits.sort((a, b) => b.score - a.score).slice(0, limit);
    },
  };
}

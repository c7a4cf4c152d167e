// BM25F over documents with weighted fields (Robertson & Zaragoza 2009): field-weighted, length-
// normalised term frequencies are combined before BM25's saturation, so a word in the title
// counts more than in the body without one field's repetitions drowning the others.

/** A document: an id and its text per field. */
export interface FieldDocument {
  id: string;
  fields: Record<string, string>;
}

/** Per field: its weight in the combined frequency and its length normalisation b (0..1). */
export type FieldWeights = Record<string, { weight: number; b?: number }>;

/**
 * A query term (a stem) with its weight (1 for the resident's own words, less for expansions).
 * Terms of one `group` (one word of the question) are alternatives: a document earns the best
 * of them plus half the next and so on, or the sum of the word's compound `part`s if that is more.
 */
export interface QueryTerm {
  stem: string;
  weight: number;
  group?: number;
  part?: boolean;
}

/** One ranked document with the query stems it matched. */
export interface Hit {
  id: string;
  score: number;
  matched: string[];
  /** Set by the product index: the words of the longest official search term the question names in full. */
  named?: number;
}

/** An immutable BM25F index. */
export interface Bm25fIndex {
  readonly size: number;
  /** Documents containing `stem` in any field. */
  documentFrequency(stem: string): number;
  /** Inverse document frequency of `stem` (0 for unknown stems). */
  idf(stem: string): number;
  /** Documents ranked by score, best first; documents matching nothing are left out. */
  search(terms: readonly QueryTerm[], limit?: number): Hit[];
}

interface Posting {
  doc: number;
  /** Field-weighted, length-normalised frequency, computed once at build time. */
  tf: number;
}

/**
 * Builds the index. `analyze` turns a field's text into stems (the same analysis as queries,
 * without query expansions). k1 = 1.2 is the usual BM25 default.
 */
export function createBm25fIndex(
  documents: readonly FieldDocument[],
  weights: FieldWeights,
  analyze: (text: string) => string[],
  k1 = 1.2,
): Bm25fIndex {
  const fieldNames = Object.keys(weights);
  const tokens = documents.map((doc) => fieldNames.map((field) => analyze(doc.fields[field] ?? '')));
  const averageLength = fieldNames.map(
    (_, f) => tokens.reduce((sum, fields) => sum + (fields[f]?.length ?? 0), 0) / Math.max(1, documents.length) || 1,
  );
  const postings = new Map<string, Posting[]>();
  tokens.forEach((fields, doc) => {
    const combined = new Map<string, number>();
    fields.forEach((stems, f) => {
      const { weight, b = 0.75 } = weights[fieldNames[f] as string] as { weight: number; b?: number };
      const norm = 1 - b + (b * stems.length) / (averageLength[f] as number);
      const counts = new Map<string, number>();
      for (const stem of stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
      for (const [stem, count] of counts) combined.set(stem, (combined.get(stem) ?? 0) + (weight * count) / norm);
    });
    for (const [stem, tf] of combined) {
      let list = postings.get(stem);
      if (!list) postings.set(stem, (list = []));
      list.push({ doc, tf });
    }
  });
  const n = documents.length;
  const idf = (stem: string) => {
    const df = postings.get(stem)?.length ?? 0;
    return df === 0 ? 0 : Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };
  return {
    size: n,
    documentFrequency: (stem) => postings.get(stem)?.length ?? 0,
    idf,
    search: (terms, limit = 10) => {
      const scores = new Float64Array(n);
      const matched: string[][] = [];
      const groups = new Map<number, QueryTerm[]>();
      terms.forEach((term, i) => {
        const key = term.group ?? -1 - i;
        const list = groups.get(key);
        if (list) list.push(term);
        else groups.set(key, [term]);
      });
      for (const group of groups.values()) {
        const alternatives = new Map<number, number[]>();
        const parts = new Map<number, number>();
        const seen = new Set<string>();
        for (const term of group) {
          const key = `${term.part ? 'p' : 'a'}:${term.stem}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const list = postings.get(term.stem);
          if (!list) continue;
          const termIdf = idf(term.stem) * term.weight;
          for (const { doc, tf } of list) {
            const contribution = (termIdf * tf * (k1 + 1)) / (k1 + tf);
            if (term.part) parts.set(doc, (parts.get(doc) ?? 0) + contribution);
            else {
              const list = alternatives.get(doc);
              if (list) list.push(contribution);
              else alternatives.set(doc, [contribution]);
            }
            const m = (matched[doc] ??= []);
            if (!m.includes(term.stem)) m.push(term.stem);
          }
        }
        // Each further alternative of the same word counts half as much as the one before.
        for (const [doc, list] of alternatives) {
          if (list.length > 1) list.sort((a, b) => b - a);
          let alt = 0;
          for (let i = 0; i < list.length; i += 1) alt += (list[i] as number) / 2 ** i;
          scores[doc] = (scores[doc] as number) + Math.max(alt, parts.get(doc) ?? 0);
        }
        for (const [doc, sum] of parts) if (!alternatives.has(doc)) scores[doc] = (scores[doc] as number) + sum;
      }
      const hits: Hit[] = [];
      scores.forEach((score, doc) => {
        if (score > 0) hits.push({ id: (documents[doc] as FieldDocument).id, score, matched: matched[doc] ?? [] });
      });
      return hits.sort((a, b) => b.score - a.score).slice(0, limit);
    },
  };
}

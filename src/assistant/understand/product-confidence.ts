// How sure the assistant is that a product answers the question: the share of the resident's
// content words the product matched (directly or through a synonym, typo fix or compound part),
// weighted by how specific each word is (idf).
import type { AnalyzedTerm, Bm25fIndex, Hit } from '../../retrieval/index.js';

// The BM25F score at which a match is as likely right as wrong, measured on the development set.
const HALF_SCORE = 7;

/**
 * 0..1 confidence that `hit` answers the question: mostly its BM25F score (saturating), partly
 * the share of the question's words it covers.
 */
export function productConfidence(index: Bm25fIndex, analyzed: readonly AnalyzedTerm[], hit: Hit | undefined): number {
  if (!hit) return 0;
  return 0.7 * (hit.score / (hit.score + HALF_SCORE)) + 0.3 * wordCoverage(index, analyzed, hit);
}

/** 0..1 coverage of the question's words by `hit`, each word weighted by its best idf. */
export function wordCoverage(index: Bm25fIndex, analyzed: readonly AnalyzedTerm[], hit: Hit | undefined): number {
  if (!hit) return 0;
  const matched = new Set(hit.matched);
  const maxIdf = Math.log(1 + (index.size + 0.5) / 0.5);
  const byPosition = new Map<number, { weight: number; covered: boolean }>();
  for (const term of analyzed) {
    const entry = byPosition.get(term.position) ?? { weight: 0, covered: false };
    // Unknown words weigh as much as the rarest known ones: they are what the index lacks.
    const idf = index.documentFrequency(term.stem) === 0 ? maxIdf : index.idf(term.stem);
    if (term.source === 'text') entry.weight = Math.max(entry.weight, idf);
    byPosition.set(term.position, entry);
  }
  // A matched phrase synonym ("social housing" → "sociale woning") covers every word it spans.
  for (const term of analyzed) {
    if (!matched.has(term.stem)) continue;
    for (let p = term.position; p < term.position + (term.span ?? 1); p += 1) {
      const entry = byPosition.get(p);
      if (entry) entry.covered = true;
    }
  }
  let total = 0;
  let covered = 0;
  for (const { weight, covered: isCovered } of byPosition.values()) {
    total += weight;
    if (isCovered) covered += weight;
  }
  return total === 0 ? 0 : covered / total;
}

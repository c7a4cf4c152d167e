// Finds the service location a question names ("containerpark", "de bib", "het gemeentehuis").
import type { QueryTerm } from '../../retrieval/index.js';
import type { TenantKnowledge } from '../tenant-knowledge.js';

/**
 * The best-matching location for the question's terms, or undefined when none is named.
 * Ties go to the location most products use (the town hall counter).
 */
export function findLocation(knowledge: TenantKnowledge, terms: readonly QueryTerm[]): string | undefined {
  const hits = knowledge.locationIndex.search(terms, 5);
  const best = hits[0];
  if (!best) return undefined;
  const tied = hits.filter((h) => h.score >= best.score - 1e-9).map((h) => h.id);
  return knowledge.mainLocationId && tied.includes(knowledge.mainLocationId) ? knowledge.mainLocationId : best.id;
}

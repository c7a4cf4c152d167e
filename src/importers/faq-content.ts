// Turns a municipality's FAQ sheet into products: one per question, the answer as its description.
import type { Concept, Instance } from '../knowledge/index.js';
import { shortHash, slug } from './content-ids.js';
import type { FaqRow } from './faq/index.js';

/**
 * One concept and offered instance per row, id from the question so an edited answer is a change
 * and not a new product. A row linked to a product (`productId`) takes that product's theme and title
 * as keywords, so the question is found with the product's words too. Pure.
 */
export function faqRowToProduct(tenantId: string, row: FaqRow, products: ReadonlyMap<string, Concept>): { concept: Concept; instance: Instance } {
  const id = `faq-${tenantId}-${slug(row.question, 30)}-${shortHash(row.question.toLowerCase())}`;
  const linked = row.productId ? products.get(row.productId) : undefined;
  const concept: Concept = {
    id,
    title: row.question,
    theme: linked?.theme ?? 'Veelgestelde vragen',
    keywords: [...new Set([...row.keywords, ...(linked ? [linked.title, ...linked.keywords] : [])])],
    sections: { Beschrijving: row.answer },
    ...(row.url ? { sourceUrl: row.url } : {}),
  };
  const instance: Instance = { conceptId: id, offered: true, locationId: null, appointment: 'none', cost: null, localText: null, note: null, ...(row.url ? { sourceUrl: row.url } : {}) };
  return { concept, instance };
}

// Turns fetched web pages into products of one municipality, one per page, with the page as the source.
import type { Concept, ConceptSection, Instance } from '../knowledge/index.js';
import { shortHash } from './content-ids.js';
import { sectionForHeading } from './section-for-heading.js';
import type { WebPage } from './web/index.js';

/** The product id of the page at `url` for `tenantId`: stable across re-syncs. */
export function webProductId(tenantId: string, url: string): string {
  return `web-${tenantId}-${shortHash(url)}`;
}

/**
 * One concept and one offered instance per page. Sections are filed under the product section their
 * heading names (Kosten, Voorwaarden, Procedure, …), the rest under Beschrijving, each with its
 * heading kept under Beschrijving. Headings become keywords. Pure.
 */
export function webPageToProduct(tenantId: string, page: WebPage): { concept: Concept; instance: Instance } {
  const id = webProductId(tenantId, page.url);
  const sections: Partial<Record<ConceptSection, string>> = {};
  for (const section of page.sections) {
    const key = section.heading === page.title ? 'Beschrijving' : sectionForHeading(section.heading);
    // Under a named section ("Kosten") the heading adds nothing and would become the excerpt residents read.
    const text = key === 'Beschrijving' && section.heading !== page.title ? `**${section.heading}**\n\n${section.text}` : section.text;
    sections[key] = sections[key] ? `${sections[key]}\n\n${text}` : text;
  }
  const keywords = [...new Set(page.sections.map((s) => s.heading).filter((h) => h !== page.title))];
  return {
    concept: { id, title: page.title, theme: 'Website van de gemeente', keywords, sections, sourceUrl: page.finalUrl },
    instance: { conceptId: id, offered: true, locationId: null, appointment: 'none', cost: null, localText: null, note: null, sourceUrl: page.finalUrl },
  };
}

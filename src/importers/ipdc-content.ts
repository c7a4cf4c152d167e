// Maps catalogue products (IPDC concepts, LPDC instances) onto our concepts and instances.
import type { Concept, ConceptSection, Instance } from '../knowledge/index.js';
import { shortHash } from './content-ids.js';
import type { IpdcProduct, LangText } from './ipdc/index.js';

/** Dutch first: the plain variant, then the formal and informal ones the catalogue writes. */
const DUTCH = ['nl', 'nl-BE-x-formal', 'nl-BE-x-generated-formal', 'nl-BE-x-informal', 'nl-BE-x-generated-informal'];

/** The Dutch text of a language map, or '' when it has none. */
export function dutch(text: LangText): string {
  for (const lang of DUTCH) if (text[lang]?.trim()) return text[lang]!.trim();
  return '';
}

/** The id of a catalogue concept: its productnummer when it has one. */
export function ipdcConceptId(product: IpdcProduct): string {
  return product.productNumber ? `ipdc-${product.productNumber}` : `ipdc-${shortHash(product.conceptUri ?? product.uri)}`;
}

/** The id of a municipality's own catalogue product (an LPDC instance). */
export function lpdcConceptId(tenantId: string, product: IpdcProduct): string {
  return `lpdc-${tenantId}-${product.productNumber ?? shortHash(product.uri)}`;
}

/**
 * Our product sections from a catalogue product in language `lang` (a Dutch variant when `lang` is
 * undefined): description (plus the additional description and financial advantages), conditions
 * with their evidence, procedures with their links, costs, exceptions, and regulation and websites
 * as "Meer informatie". Empty sections are left out. Pure.
 */
export function ipdcSections(product: IpdcProduct, lang?: string): Partial<Record<ConceptSection, string>> {
  const t = (text: LangText) => (lang ? (text[lang] ?? '').trim() : dutch(text));
  const titled = (title: LangText, body: LangText) => [t(title) ? `**${t(title)}**` : '', t(body)].filter(Boolean).join('\n\n');
  const link = (w: { title: LangText; url: string }) => `[${t(w.title) || w.url}](${w.url})`;
  const parts: Record<ConceptSection, string[]> = {
    Beschrijving: [t(product.description), t(product.additionalDescription), ...product.financialAdvantages.map((f) => titled(f.title, f.description))],
    Voorwaarden: product.requirements.map((r) => [titled(r.title, r.description), r.evidence ? titled(r.evidence.title, r.evidence.description) : ''].filter(Boolean).join('\n\n')),
    Procedure: product.procedures.map((p) => [titled(p.title, p.description), ...p.websites.map((w) => `- ${link(w)}`)].filter(Boolean).join('\n\n')),
    Kosten: product.costs.map((c) => titled(c.title, c.description)),
    Uitzonderingen: [t(product.exception)],
    'Meer informatie': [t(product.regulation), ...product.websites.map((w) => `- ${link(w)}`)],
  };
  const sections: Partial<Record<ConceptSection, string>> = {};
  for (const key of Object.keys(parts) as ConceptSection[]) {
    const text = parts[key].filter((part) => part.trim() !== '').join('\n\n');
    if (text !== '') sections[key] = text;
  }
  return sections;
}

/** Our concept for a catalogue product, every other language variant kept as a translation. Pure. */
export function ipdcToConcept(product: IpdcProduct, id: string): Concept {
  // The Dutch variant used for the concept itself is not repeated as a translation.
  const main = DUTCH.find((lang) => product.title[lang]?.trim());
  const languages = Object.keys(product.title).filter((lang) => lang !== main);
  const translations: NonNullable<Concept['translations']> = {};
  for (const lang of languages) {
    const title = product.title[lang]?.trim();
    if (title) translations[lang] = { title, sections: ipdcSections(product, lang) };
  }
  return {
    id,
    title: dutch(product.title),
    theme: product.themes[0] ? themeLabel(product.themes[0]) : 'Catalogus',
    keywords: product.keywords,
    sections: ipdcSections(product),
    ...(product.sourceUrl ? { sourceUrl: product.sourceUrl } : {}),
    ...(Object.keys(translations).length > 0 ? { translations } : {}),
  };
}

/** The local facts of an LPDC instance as the text residents read beside the description. */
export function lpdcLocalText(product: IpdcProduct): string | null {
  const lines = product.contactPoints.flatMap((c) =>
    [c.address && `Adres: ${c.address}`, c.telephone && `Telefoon: ${c.telephone}`, c.email && `E-mail: ${c.email}`, c.openingHours && `Openingsuren: ${c.openingHours}`].filter((l): l is string => Boolean(l)),
  );
  return lines.length > 0 ? lines.join('\n') : null;
}

/** An offered instance of `conceptId`, with the product's page as its source. */
export function offeredInstance(conceptId: string, product: IpdcProduct, localText: string | null): Instance {
  return {
    conceptId, offered: true, locationId: null, appointment: 'none', cost: null, localText, note: null,
    ...(product.sourceUrl ? { sourceUrl: product.sourceUrl } : {}),
  };
}

/** The last segment of a theme IRI ("…/concept/BurgerOverheid" → "BurgerOverheid"), or the label itself. */
function themeLabel(theme: string): string {
  return /^https?:\/\//.test(theme) ? decodeURIComponent(theme.replace(/[/#]+$/, '').split(/[/#]/).pop() ?? theme) : theme;
}

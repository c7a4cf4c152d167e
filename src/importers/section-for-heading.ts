// Which of the product sections a web page's heading belongs to, so imported pages answer "what does it cost?" like the catalogue.
import type { ConceptSection } from '../knowledge/index.js';

const RULES: Array<[RegExp, ConceptSection]> = [
  [/\b(kost|kostprijs|prijs|prijzen|tarief|tarieven|betal|retributie|belasting)/i, 'Kosten'],
  [/\b(voorwaarde|wie kan|wie komt in aanmerking|meebrengen|mee te brengen|wat heb je nodig|wat hebt u nodig|documenten)/i, 'Voorwaarden'],
  [/\b(aanvra|procedure|hoe\b|werkwijze|stappen|afspraak|indienen)/i, 'Procedure'],
  [/\b(uitzondering|opgelet|let op)/i, 'Uitzonderingen'],
  [/\b(meer info|meer informatie|contact|regelgeving|wetgeving|links?)\b/i, 'Meer informatie'],
];

/** The section for a heading; anything else is part of the description. Pure. */
export function sectionForHeading(heading: string): ConceptSection {
  return RULES.find(([pattern]) => pattern.test(heading))?.[1] ?? 'Beschrijving';
}

// The answer about one product: local facts first (cost, place, appointment), then the section
// of the regional description that fits what was asked.
import type { ConceptSection } from '../../knowledge/index.js';
import type { Aspect } from '../understand/detect-aspects.js';
import type { Reply } from '../reply.js';
import type { TenantKnowledge } from '../tenant-knowledge.js';
import { tenantUrl } from './contact-text.js';
import { sectionExcerpt } from './section-excerpt.js';
import { styled } from './style-text.js';
import { toInformal } from './to-informal.js';

const SECTION_FOR_ASPECT: Partial<Record<Aspect, ConceptSection>> = {
  requirements: 'Voorwaarden',
  eligibility: 'Voorwaarden',
  procedure: 'Procedure',
  duration: 'Procedure',
};

const NOT_APPLICABLE = /^niet van toepassing$/i;

function appointmentText(knowledge: TenantKnowledge, policy: string): string {
  const s = knowledge.tenant.style;
  if (policy === 'required') return styled(s, 'Alleen op afspraak.', 'Alleen op afspraak.');
  if (policy === 'optional') return styled(s, 'U kunt een afspraak maken, maar het hoeft niet.', 'Je kunt een afspraak maken, maar het hoeft niet.');
  return styled(s, 'U hebt geen afspraak nodig.', 'Je hebt geen afspraak nodig.');
}

/**
 * Composes the answer about `conceptId` for the aspects asked. A product the municipality does
 * not offer is answered with its note (where to go instead).
 */
export function productReply(knowledge: TenantKnowledge, conceptId: string, aspects: readonly Aspect[], confidence: number): Reply {
  const concept = knowledge.concepts.get(conceptId);
  const instance = knowledge.instances.get(conceptId);
  if (!concept || !instance) throw new Error(`product "${conceptId}" is not in the knowledge of ${knowledge.tenant.id}`);
  const { tenant } = knowledge;
  const lines: string[] = [`**${concept.title}**`];
  if (!instance.offered) {
    lines.push(`${tenant.name} biedt dit zelf niet aan.`);
    if (instance.localText) lines.push(instance.localText);
    if (instance.note) lines.push(instance.note);
  } else {
    if (instance.cost && !NOT_APPLICABLE.test(instance.cost)) lines.push(`Kostprijs in ${tenant.name}: ${instance.cost}.`);
    const location = instance.locationId ? knowledge.locations.get(instance.locationId) : undefined;
    if (location) {
      lines.push(`Waar: ${location.name}${location.address ? `, ${location.address}` : ''}. ${appointmentText(knowledge, instance.appointment)}`);
    }
    if (instance.localText) lines.push(instance.localText);
    if (instance.note) lines.push(instance.note);
    const asked = aspects.map((a) => SECTION_FOR_ASPECT[a]).find((s): s is ConceptSection => s !== undefined);
    const section = asked ?? (aspects.length === 0 ? 'Beschrijving' : undefined);
    const text = section ? concept.sections[section] : undefined;
    // Regional texts are written with "u"; a "je" municipality shows them in its own voice.
    const voiced = (regional: string) => (tenant.style === 'je' ? toInformal(regional) : regional);
    if (text) lines.push(voiced(sectionExcerpt(text)));
    if (!instance.cost && aspects.includes('cost') && concept.sections.Kosten) lines.push(voiced(sectionExcerpt(concept.sections.Kosten)));
  }
  return {
    type: 'answer',
    text: lines.join('\n\n'),
    // The original page when the product came from one (the catalogue, the municipality's website).
    sources: [{ id: concept.id, title: concept.title, url: instance.sourceUrl ?? concept.sourceUrl ?? tenantUrl(tenant) }],
    confidence,
  };
}

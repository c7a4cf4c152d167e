// Replies that need no content: fallback, handoff, small talk, and the questions the assistant asks.
import type { Reply } from '../reply.js';
import type { TenantKnowledge } from '../tenant-knowledge.js';
import { contactText } from './contact-text.js';
import { styled } from './style-text.js';

/** "I don't know" with the way to reach the municipality and a person. */
export function fallbackReply(knowledge: TenantKnowledge, confidence = 0): Reply {
  const { tenant } = knowledge;
  const s = tenant.style;
  return {
    type: 'fallback',
    text: [
      styled(
        s,
        `Daar kan ik u helaas niet mee helpen. Ik beantwoord vragen over de dienstverlening van de gemeente ${tenant.name}, uit de informatie die de gemeente zelf goedkeurde.`,
        `Daar kan ik je helaas niet mee helpen. Ik beantwoord vragen over de dienstverlening van de gemeente ${tenant.name}, uit de informatie die de gemeente zelf goedkeurde.`,
      ),
      contactText(tenant),
      styled(s, 'U kunt hier ook altijd vragen om met een medewerker te praten.', 'Je kunt hier ook altijd vragen om met een medewerker te praten.'),
    ].join('\n\n'),
    sources: [],
    confidence,
    suggestions: [styled(s, 'Met een medewerker praten', 'Met een medewerker praten')],
  };
}

/** A greeting or thanks: what the assistant can do. */
export function smallTalkReply(knowledge: TenantKnowledge, thanks: boolean): Reply {
  const s = knowledge.tenant.style;
  const text = thanks
    ? styled(s, 'Graag gedaan! Hebt u nog een vraag?', 'Graag gedaan! Heb je nog een vraag?')
    : styled(
        s,
        `Dag! Ik ben de digitale assistent van de gemeente ${knowledge.tenant.name}. U kunt mij vragen naar documenten, openingsuren, de afvalophaling in uw straat en andere diensten van de gemeente.`,
        `Dag! Ik ben de digitale assistent van de gemeente ${knowledge.tenant.name}. Je kunt me vragen naar documenten, openingsuren, de afvalophaling in je straat en andere diensten van de gemeente.`,
      );
  return {
    type: 'clarify',
    text,
    sources: [],
    confidence: 1,
    suggestions: ['Openingsuren', 'Afvalophaling', 'Identiteitskaart aanvragen', 'Met een medewerker praten'],
  };
}

/** Asks which of several products was meant. */
export function chooseProductReply(knowledge: TenantKnowledge, conceptIds: readonly string[], confidence: number): Reply {
  const titles = conceptIds.map((id) => knowledge.concepts.get(id)?.title ?? id);
  return {
    type: 'clarify',
    text: styled(knowledge.tenant.style, 'Waarover gaat uw vraag precies?', 'Waarover gaat je vraag precies?'),
    sources: [],
    confidence,
    suggestions: titles,
  };
}

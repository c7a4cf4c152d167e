// The next waste collections for a street of the municipality, per fraction, from its calendar
// (holiday shifts are in the calendar itself).
import { describeCollections, nextCollections, type WasteFraction, type WasteStreet } from '../../knowledge/index.js';
import { brusselsParts } from '../when/index.js';
import type { Reply } from '../reply.js';
import type { TenantKnowledge } from '../tenant-knowledge.js';
import { tenantUrl } from './contact-text.js';
import { styled } from './style-text.js';

// Collection rounds start early; after 07:00 today's collection has passed for a resident.
const LAST_CALL = '07:00';

/** The next collection of each of `fractions` (all fractions when empty) in `street`. */
export function wasteReply(knowledge: TenantKnowledge, street: WasteStreet, fractions: readonly WasteFraction[], now: Date): Reply {
  const { date: today, time } = brusselsParts(now);
  const upcoming = nextCollections(knowledge.wasteCalendar, street.zone, today, { excludeToday: time >= LAST_CALL });
  const wanted = fractions.length ? upcoming.filter((c) => fractions.includes(c.fraction)) : upcoming;
  const chosen = fractions.length === 1 ? wanted.slice(0, 1) : wanted;
  const text = describeCollections(chosen, {
    today,
    street: street.street,
    zone: street.zone,
    ...(fractions.length === 1 ? { fraction: fractions[0] as WasteFraction } : {}),
  });
  const tip = styled(knowledge.tenant.style, 'Zet uw afval de avond voordien buiten.', 'Zet je afval de avond voordien buiten.');
  return {
    type: 'answer',
    text: `${text}\n\n${tip}`,
    sources: [{ id: `waste:${street.zone}`, title: `Afvalkalender zone ${street.zone}`, url: tenantUrl(knowledge.tenant) }],
    confidence: 0.9,
  };
}

/** Asks for the street, keeping the fractions asked about for the next turn. */
export function askStreetReply(knowledge: TenantKnowledge): Reply {
  return {
    type: 'clarify',
    text: styled(
      knowledge.tenant.style,
      'In welke straat woont u? De ophaaldagen verschillen per straat.',
      'In welke straat woon je? De ophaaldagen verschillen per straat.',
    ),
    sources: [],
    confidence: 0.8,
    suggestions: [],
  };
}

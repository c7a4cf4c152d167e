// The reply when a resident asks for a person: the conversation waits for staff, and the resident
// learns when someone will respond (now, or from the next opening of the main counter).
import { formatDutchDayMonth, isOpenAt, nextOpening } from '../../knowledge/index.js';
import { brusselsParts } from '../when/index.js';
import type { Reply } from '../reply.js';
import type { TenantKnowledge } from '../tenant-knowledge.js';
import { contactText } from './contact-text.js';
import { styled } from './style-text.js';

/** Handoff reply; `now` decides whether staff are at work. */
export function handoffReply(knowledge: TenantKnowledge, now: Date): Reply {
  const s = knowledge.tenant.style;
  const { date, time } = brusselsParts(now);
  const main = knowledge.mainLocationId ? knowledge.locations.get(knowledge.mainLocationId) : undefined;
  let when = styled(s, 'Een medewerker neemt uw gesprek zo snel mogelijk over.', 'Een medewerker neemt je gesprek zo snel mogelijk over.');
  if (main) {
    const status = isOpenAt(main, knowledge.closures, date, time);
    if (status.state === 'closed') {
      const next = nextOpening(main, knowledge.closures, date, time);
      if (next) {
        const day = next.date === date ? 'vandaag' : formatDutchDayMonth(next.date);
        when = styled(
          s,
          `Het is nu buiten de openingsuren. Een medewerker antwoordt ${day} vanaf ${next.range.start}.`,
          `Het is nu buiten de openingsuren. Een medewerker antwoordt ${day} vanaf ${next.range.start}.`,
        );
      }
    } else if (status.range) {
      when = styled(
        s,
        `Een medewerker neemt uw gesprek zo snel mogelijk over; de dienst is vandaag bereikbaar tot ${status.range.end}.`,
        `Een medewerker neemt je gesprek zo snel mogelijk over; de dienst is vandaag bereikbaar tot ${status.range.end}.`,
      );
    }
  }
  return {
    type: 'handoff',
    text: [
      styled(s, 'Ik geef uw vraag door aan een medewerker van de gemeente.', 'Ik geef je vraag door aan een medewerker van de gemeente.'),
      when,
      contactText(knowledge.tenant),
    ].join(' '),
    sources: [],
    confidence: 1,
  };
}

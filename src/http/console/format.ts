// Dutch display of dates, states and roles in the console, always in Europe/Brussels time. The register's
// workflow states and history steps are named in src/register/labels.ts (`entryStateLabels`, `entryActionLabels`).
import type { ConversationState, MessageRole } from '../../conversations/index.js';

const DATE_TIME = new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "7 december 2026 om 10:15" for an ISO timestamp; the input itself when it is not a date. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}

/** Dutch names of the handoff states. */
export const STATE_LABELS: Record<ConversationState, string> = {
  bot: 'Bij de assistent',
  waiting: 'Wacht op een medewerker',
  with_agent: 'Bij een medewerker',
  closed: 'Gesloten',
};

/** Dutch names of who wrote a message. */
export const ROLE_LABELS: Record<MessageRole, string> = { resident: 'Inwoner', bot: 'Assistent', agent: 'Medewerker' };

/** A percentage with one decimal, "—" when there is nothing to divide. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toLocaleString('nl-BE', { maximumFractionDigits: 1 })} %`;
}

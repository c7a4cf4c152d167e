// Dutch phrases for when a system started or stopped, written at the precision the timeline knows.
import type { RegisterEntry } from './entry-schema.js';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/**
 * A partial date in Dutch at its own precision: "2027", "oktober 2023", "1 maart 2025".
 * Input is a validated partial date (YYYY, YYYY-MM or YYYY-MM-DD); anything else is returned as it is.
 */
export function formatPartialDate(date: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return `${year}`;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/**
 * One Dutch phrase for the entry's timing, led by its status: "in gebruik sinds oktober 2023",
 * "gepland vanaf 2027", "proefproject sinds 1 maart 2025", "idee sinds 2024",
 * "in gebruik van oktober 2023 tot maart 2025" (retired, with both dates), "stopgezet op 1 maart 2025".
 * Without the date the status needs: "in gebruik (datum niet bekend)". Pure.
 */
export function timingPhrase(entry: RegisterEntry): string {
  const { timeline } = entry;
  switch (entry.status) {
    case 'idea':
      return since('idee', 'sinds', timeline.ideaOn);
    case 'planned':
      return since('gepland', 'vanaf', timeline.plannedStart);
    case 'pilot':
      return since('proefproject', 'sinds', timeline.pilotStart);
    case 'in-use':
      return since('in gebruik', 'sinds', timeline.inUseSince);
    case 'retired': {
      const end = timeline.retiredOn;
      if (end === undefined) return 'stopgezet (datum niet bekend)';
      if (timeline.inUseSince !== undefined) return `in gebruik van ${formatPartialDate(timeline.inUseSince)} tot ${formatPartialDate(end)}`;
      return `stopgezet ${end.length === 10 ? 'op' : 'in'} ${formatPartialDate(end)}`;
    }
  }
}

function since(what: string, preposition: string, date: string | undefined): string {
  return date === undefined ? `${what} (datum niet bekend)` : `${what} ${preposition} ${formatPartialDate(date)}`;
}

// Opening hours of one location for the day asked (or the coming week), from weekly hours,
// appointment-only slots and closures, in Europe/Brussels.
import {
  addDays, describeOpeningHours, formatDutchDayMonth, nextOpening, openingHoursOn, type DaySchedule,
} from '../../knowledge/index.js';
import { brusselsParts, type When } from '../when/index.js';
import type { Reply } from '../reply.js';
import type { TenantKnowledge } from '../tenant-knowledge.js';
import { tenantUrl } from './contact-text.js';

function ranges(list: ReadonlyArray<{ start: string; end: string }>): string {
  return list.map((r) => `${r.start}-${r.end}`).join(' en ');
}

function weekLine(day: DaySchedule): string {
  const name = formatDutchDayMonth(day.date);
  if (day.closed) return `- ${name}: gesloten${day.closureReason ? ` (${day.closureReason})` : ''}`;
  const parts = [day.open.length ? ranges(day.open) : 'alleen op afspraak'];
  if (day.appointmentOnly.length) parts.push(`op afspraak ${ranges(day.appointmentOnly)}`);
  return `- ${name}: ${parts.join('; ')}`;
}

/**
 * The hours of `locationId` for the day `when` names (default today, with "now" when the
 * question is about today), or for the coming seven days when `wholeWeek` and no day is named.
 */
export function hoursReply(knowledge: TenantKnowledge, locationId: string, when: When | When[] | null, now: Date, wholeWeek: boolean): Reply {
  const location = knowledge.locations.get(locationId);
  if (!location) throw new Error(`unknown location "${locationId}" for ${knowledge.tenant.id}`);
  const { date: today, time } = brusselsParts(now);
  const closures = knowledge.closures;
  let text: string;
  if (Array.isArray(when) || (when === null && wholeWeek)) {
    const days = Array.isArray(when) ? when.map((w) => w.date) : Array.from({ length: 7 }, (_, i) => addDays(today, i));
    text = [`Openingsuren van ${location.name}:`, ...days.map((d) => weekLine(openingHoursOn(location, closures, d)))].join('\n');
  } else {
    const date = when?.date ?? today;
    const day = openingHoursOn(location, closures, date);
    text = describeOpeningHours(location.name, day, date === today ? { today, time: when?.time ?? time } : { today });
    if (day.closed || (day.open.length === 0 && day.appointmentOnly.length === 0)) {
      const next = nextOpening(location, closures, addDays(date, 1), '00:00');
      if (next) text += ` Daarna is het weer open op ${formatDutchDayMonth(next.date)} vanaf ${next.range.start}.`;
    }
  }
  if (location.address) text += `\n\nAdres: ${location.address}.`;
  return {
    type: 'answer',
    text,
    sources: [{ id: `location:${location.id}`, title: location.name, url: tenantUrl(knowledge.tenant) }],
    confidence: 0.9,
  };
}

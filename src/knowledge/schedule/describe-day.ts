// How a reply names a date relative to today: "vandaag, maandag 7 december", "op zaterdag 9 januari".

import { addDays } from './calendar-date.js';
import { formatDutchDate, formatDutchDayMonth } from './format-dutch-date.js';

/** A date as replies name it; the year appears only when it differs from today's. */
export function dutchDayPhrase(date: string, today: string): { relative: string | null; named: string } {
  const named = date.slice(0, 4) === today.slice(0, 4) ? formatDutchDayMonth(date) : formatDutchDate(date);
  if (date === today) return { relative: 'vandaag', named };
  if (date === addDays(today, 1)) return { relative: 'morgen', named };
  return { relative: null, named };
}

/** Joins ranges as Dutch prose: "van 08:30 tot 12:00, van 13:00 tot 16:00 en van 17:00 tot 19:00". */
export function dutchRanges(ranges: ReadonlyArray<{ start: string; end: string }>): string {
  const items = ranges.map((r) => `van ${r.start} tot ${r.end}`);
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1] ?? ''}`;
}

/** Upper-cases the first letter of a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Dutch (Flemish) names for weekdays and months, and the date formats replies use.

import type { Weekday } from '../content-types.js';
import { weekdayOf } from './calendar-date.js';

/** Dutch weekday names per weekday key. */
export const DUTCH_WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: 'maandag',
  tue: 'dinsdag',
  wed: 'woensdag',
  thu: 'donderdag',
  fri: 'vrijdag',
  sat: 'zaterdag',
  sun: 'zondag',
};

/** Dutch month names, January first (index 0). */
export const DUTCH_MONTH_NAMES = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

function parts(date: string): { weekday: string; day: number; month: string; year: string } {
  const weekday = DUTCH_WEEKDAY_NAMES[weekdayOf(date)];
  const month = DUTCH_MONTH_NAMES[Number(date.slice(5, 7)) - 1] ?? '';
  return { weekday, day: Number(date.slice(8, 10)), month, year: date.slice(0, 4) };
}

/** "2026-12-10" → "donderdag 10 december 2026". Throws RangeError on an invalid date. */
export function formatDutchDate(date: string): string {
  const { weekday, day, month, year } = parts(date);
  return `${weekday} ${day} ${month} ${year}`;
}

/** "2026-12-10" → "donderdag 10 december" (no year). Throws RangeError on an invalid date. */
export function formatDutchDayMonth(date: string): string {
  const { weekday, day, month } = parts(date);
  return `${weekday} ${day} ${month}`;
}

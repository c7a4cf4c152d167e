// The Europe/Brussels wall clock for an instant, and the instant for a Brussels wall-clock time,
// through the platform's Intl so summer time (last Sunday of March/October) is always right.

import type { Weekday } from '../../knowledge/content-types.js';
import { weekdayOf } from '../../knowledge/schedule/index.js';

/** The Brussels local calendar date, time and weekday of an instant. */
export interface BrusselsParts {
  /** "YYYY-MM-DD" */
  date: string;
  /** "HH:MM", 24-hour clock */
  time: string;
  weekday: Weekday;
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** Offset from UTC in minutes: 60 in winter, 120 in summer. */
  offsetMinutes: number;
}

const FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Brussels local date, time, weekday and UTC offset of `now`. Throws RangeError on an invalid Date. */
export function brusselsParts(now: Date): BrusselsParts {
  if (Number.isNaN(now.getTime())) throw new RangeError('invalid Date');
  const parts = FORMAT.formatToParts(now);
  const field = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? Number.NaN);
  const [year, month, day, hour, minute, second] = [
    field('year'), field('month'), field('day'), field('hour'), field('minute'), field('second'),
  ];
  const pad = (n: number): string => String(n).padStart(2, '0');
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const offsetMinutes = Math.round((wallAsUtc - Math.floor(now.getTime() / 1000) * 1000) / 60_000);
  return { date, time: `${pad(hour)}:${pad(minute)}`, weekday: weekdayOf(date), year, month, day, hour, minute, offsetMinutes };
}

/**
 * The instant at which Brussels clocks show `date` `time`. A time skipped in spring (02:30 on the
 * last Sunday of March) maps to the same moment one hour later on the clock; a time that occurs
 * twice in autumn maps to the first (summer-time) one. Throws RangeError on invalid input.
 */
export function brusselsInstant(date: string, time: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match || !clock) throw new RangeError(`invalid Brussels date/time "${date} ${time}"`);
  const wallAsUtc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(clock[1]), Number(clock[2]));
  // Try the summer offset first so an ambiguous autumn time resolves to its first occurrence.
  for (const offset of [120, 60]) {
    const candidate = new Date(wallAsUtc - offset * 60_000);
    const parts = brusselsParts(candidate);
    if (parts.date === date && parts.time === time) return candidate;
  }
  return new Date(wallAsUtc - 60 * 60_000);
}

// Arithmetic on calendar dates written "YYYY-MM-DD", free of time zones: a date here is a
// day on the wall calendar, never an instant, so summer-time changes cannot shift it.

import { WEEKDAYS } from '../content-types.js';
import type { Weekday } from '../content-types.js';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date "YYYY-MM-DD" (so "2027-02-30" is false). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** Builds "YYYY-MM-DD" from numbers (month 1-12); returns null when the date does not exist. */
export function calendarDate(year: number, month: number, day: number): string | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(text) ? text : null;
}

function toUtcMillis(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (!match || !isCalendarDate(date)) throw new RangeError(`invalid calendar date "${date}"`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** The date `days` later (negative: earlier). Throws RangeError on an invalid date. */
export function addDays(date: string, days: number): string {
  return new Date(toUtcMillis(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). Throws RangeError on an invalid date. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMillis(to) - toUtcMillis(from)) / 86_400_000);
}

/** The weekday key ('mon'…'sun') of a date. Throws RangeError on an invalid date. */
export function weekdayOf(date: string): Weekday {
  const sundayFirst = new Date(toUtcMillis(date)).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7] as Weekday;
}

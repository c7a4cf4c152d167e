// Shared zod rules for content fields: slugs, calendar dates and opening-hour ranges.
import { z } from 'zod';
import { isCalendarDate } from './schedule/calendar-date.js';

/** Lowercase ids as used in file names and URLs: "eid-aanvragen", "leiebeke". */
export const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes');

export const calendarDateField = z.string().superRefine((value, ctx) => {
  if (!isCalendarDate(value)) ctx.addIssue({ code: 'custom', message: `"${value}" is not a real date (YYYY-MM-DD)` });
});

const clock = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** Parses "08:30-12:00" into a range; throws nothing, returns an error message instead. */
export function parseTimeRange(value: string): { start: string; end: string } | string {
  const parts = value.split('-').map((part) => part.trim());
  if (parts.length !== 2) return `"${value}" is not a time range like 08:30-12:00`;
  const [start, end] = parts as [string, string];
  if (!clock.test(start) || !clock.test(end)) return `"${value}" has a time outside 00:00-24:00`;
  if (start >= end) return `"${value}" ends before it starts`;
  return { start, end };
}

export const timeRange = z.string().transform((value, ctx) => {
  const parsed = parseTimeRange(value);
  if (typeof parsed === 'string') {
    ctx.addIssue({ code: 'custom', message: parsed });
    return z.NEVER;
  }
  return parsed;
});

// Resolves the day (and time or part of day) a Dutch or English question is about, relative to now.

import { formatDutchDate, formatDutchDayMonth, weekdayOf } from '../../knowledge/schedule/index.js';
import { brusselsParts } from './brussels-parts.js';
import { clockText, findClockTimes, findPartsOfDay } from './find-clock-time.js';
import { findDayMentions } from './find-day-mentions.js';
import type { DayMention } from './find-day-mentions.js';
import { normalizeWhenText } from './when-text.js';
import type { PartOfDay } from './when-text.js';

/** One resolved day, in Europe/Brussels. */
export interface When {
  /** "YYYY-MM-DD" */
  date: string;
  /** "HH:MM": the current time for "nu", else the first clock time in the text. */
  time?: string;
  partOfDay?: PartOfDay;
  /** True when the text named a calendar date or holiday ("26 december", "Kerstmis"), false for
   * words relative to now ("morgen", "zaterdag", "deze week") and for a bare time ("om 17 uur"). */
  explicit: boolean;
  /** How a reply names the day: "vandaag", "vanavond", "morgen", or "zaterdag 2 januari" (with the
   * year when it is not the current year). */
  label: string;
  /** Official name when a holiday was named ("Tweede kerstdag"). */
  holiday?: string;
  /** Set when the text gave a weekday that does not fall on the date it gave ("maandag 2 januari"). */
  weekdayMismatch?: true;
}

const ADJACENT = /^[\s,]*(?:de\s+|the\s+)?$/;

function label(date: string, today: string, relative: string | undefined, partOfDay: PartOfDay | undefined): string {
  if (relative === 'morgen' && partOfDay) return `morgen${partOfDay}`;
  if (relative) return relative;
  return date.slice(0, 4) === today.slice(0, 4) ? formatDutchDayMonth(date) : formatDutchDate(date);
}

/** A weekday written right before a date ("zaterdag 2 januari") adds nothing but a check. */
function mergeWeekdayWithDate(mentions: DayMention[], text: string): DayMention[] {
  const merged: DayMention[] = [];
  for (let i = 0; i < mentions.length; i += 1) {
    const current = mentions[i] as DayMention;
    const next = mentions[i + 1];
    if (current.weekday && next?.explicit && ADJACENT.test(text.slice(current.end, next.index))) {
      const mismatch = next.dates[0] !== undefined && weekdayOf(next.dates[0]) !== current.weekday;
      merged.push({ ...next, index: current.index, ...(current.partOfDay ? { partOfDay: current.partOfDay } : {}), ...(mismatch ? { weekdayMismatch: true } : {}) });
      i += 1;
    } else {
      merged.push(current);
    }
  }
  return merged;
}

/**
 * The day `text` is about, read relative to `now` in Europe/Brussels: relative words (nu,
 * vandaag, vanavond, morgen(vroeg), overmorgen, gisteren), weekdays (plain = the next one, today
 * included; "volgende" = after today), dates ("26 december", "26/12", "26-12-2026"; without a year
 * the next occurrence on or after today), Belgian holidays (Easter-based ones computed), parts of
 * the day and clock times, in Dutch and basic English. The first day named in the text counts.
 * Returns a list for a range ("deze week", "dit weekend"), and null when the text names no day or time.
 * Throws RangeError when `now` is an invalid Date.
 */
export function resolveWhen(text: string, now: Date): When | When[] | null {
  const here = brusselsParts(now);
  const today = here.date;
  const normalized = normalizeWhenText(text);
  // Mentions without dates ("goedemorgen") have already kept their words from being misread.
  const mentions = mergeWeekdayWithDate(findDayMentions(normalized, today).filter((m) => m.dates.length > 0), normalized);
  const day = mentions[0];
  const partOfDay = day?.partOfDay ?? findPartsOfDay(normalized)[0]?.partOfDay;
  const clock = findClockTimes(normalized)[0];
  if (!day && !clock && !partOfDay) return null;

  if (day?.range) {
    return day.dates.map((date) => ({ date, explicit: false, label: label(date, today, undefined, undefined) }));
  }
  const date = day?.dates[0] ?? today;
  const when: When = { date, explicit: day?.explicit ?? false, label: label(date, today, day ? day.relative : 'vandaag', partOfDay) };
  // "nu" is about this very minute, whatever hour the rest of the question mentions.
  if (day?.now) when.time = here.time;
  else if (clock) when.time = clockText(clock, partOfDay);
  if (partOfDay) when.partOfDay = partOfDay;
  if (day?.holiday) when.holiday = day.holiday;
  if (day?.weekdayMismatch) when.weekdayMismatch = true;
  return when;
}

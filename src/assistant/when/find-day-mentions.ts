// Reads the days a text names: calendar dates, holidays, relative words, weekdays and week ranges.

import type { Weekday } from '../../knowledge/content-types.js';
import { WEEKDAYS } from '../../knowledge/content-types.js';
import { addDays, calendarDate, weekdayOf } from '../../knowledge/schedule/index.js';
import { HOLIDAYS } from './holiday-date.js';
import { MONTH_WORDS, PART_OF_DAY_WORDS, WEEKDAY_ABBREVIATIONS, WEEKDAY_WORDS, alternation } from './when-text.js';
import type { PartOfDay } from './when-text.js';

/** One day (or run of days) named in the text. */
export interface DayMention {
  index: number;
  end: number;
  /** One date, or several for a range ("deze week"). */
  dates: string[];
  /** Named as a calendar date or holiday rather than relative to today. */
  explicit: boolean;
  /** Relative word for the label ('nu', 'vandaag', 'morgen'…), when the text used one. */
  relative?: string;
  holiday?: string;
  weekday?: Weekday;
  partOfDay?: PartOfDay;
  /** The mention is "nu"/"now": the current time applies. */
  now?: boolean;
  range?: boolean;
  /** A weekday was written before the date and does not match it. */
  weekdayMismatch?: boolean;
}

const MONTH = alternation(MONTH_WORDS);
const WEEKDAY = alternation(WEEKDAY_WORDS);
const ABBREVIATION = alternation(WEEKDAY_ABBREVIATIONS);
const PART_SUFFIX = 'voormiddag|namiddag|ochtend|morgen|middag|avond|vroeg';

/** The first date on or after `today` with this month and day (a missing 29 February skips ahead). */
function nextOccurrence(today: string, month: number, day: number): string | null {
  const year = Number(today.slice(0, 4));
  for (let y = year; y <= year + 8; y += 1) {
    const date = calendarDate(y, month, day);
    if (date && date >= today) return date;
  }
  return null;
}

function nextWeekday(today: string, weekday: Weekday, mode: 'on-or-after' | 'after' | 'before'): string {
  const diff = (WEEKDAYS.indexOf(weekday) - WEEKDAYS.indexOf(weekdayOf(today)) + 7) % 7;
  if (mode === 'before') return addDays(today, diff === 0 ? -7 : diff - 7);
  return addDays(today, mode === 'after' && diff === 0 ? 7 : diff);
}

function yearOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function explicitDate(today: string, day: number, month: number, year: number | undefined): string | null {
  return year === undefined ? nextOccurrence(today, month, day) : calendarDate(year, month, day);
}

type Reader = (match: RegExpExecArray, today: string) => Omit<DayMention, 'index' | 'end'> | null;

const RELATIVE: ReadonlyArray<[RegExp, number, string, PartOfDay?]> = [
  [/\b(?:goede|goeie|goei|good)\s?(?:morgen|morning)\b/g, Number.NaN, ''],
  [/\b(?:nu|now|momenteel|op dit moment|right now|currently)\b/g, 0, 'nu'],
  [/\b(?:vandaag|today)\b/g, 0, 'vandaag'],
  [/\b(?:vanavond|deze avond|tonight|this evening)\b/g, 0, 'vanavond', 'avond'],
  [/\b(?:vannamiddag|deze namiddag|this afternoon)\b/g, 0, 'vannamiddag', 'namiddag'],
  [/\b(?:vanmiddag|deze middag)\b/g, 0, 'vanmiddag', 'middag'],
  [/\b(?:vanochtend|vanmorgen|vanvoormiddag|deze (?:ochtend|morgen|voormiddag)|this morning)\b/g, 0, 'vanochtend', 'ochtend'],
  [/\b(?:overmorgen|day after tomorrow)\b/g, 2, 'overmorgen'],
  [/\b(?:eergisteren|day before yesterday)\b/g, -2, 'eergisteren'],
  [/\b(?:gisteren|yesterday)\b/g, -1, 'gisteren'],
  [new RegExp(`\\bmorgen(?:(${PART_SUFFIX})|\\s+(voormiddag|namiddag|ochtend|middag|avond|vroeg))?\\b`, 'g'), 1, 'morgen'],
  [/\btomorrow(?: (morning|afternoon|evening|night))?\b/g, 1, 'morgen'],
];

const READERS: ReadonlyArray<[RegExp, Reader]> = [
  // 26/12, 26-12-2026, 26/12/26, 26.12.2026
  [
    // A house number with box ("Kerkstraat 12/3") is not 12 March.
    /(?<![\d:./-])(?<!(?:straat|laan|weg|plein|dreef|kaai|dijk|baan|pad|lei|markt|nr|nummer|bus)\.?\s)(\d{1,2})([/-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d:/-])|(?<![\d:./-])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d:./-])/g,
    (m, today) => {
      const [day, month, year] = m[1] ? [m[1], m[3], m[4]] : [m[5], m[6], m[7]];
      const date = explicitDate(today, Number(day), Number(month), yearOf(year));
      return date ? { dates: [date], explicit: true } : null;
    },
  ],
  // 26 december (2026), 1ste mei, 2 jan
  [
    new RegExp(`(?<![\\d:./-])(\\d{1,2})(?:e|ste|de|st|nd|rd|th)?\\s*(?:of\\s+)?(${MONTH})\\b\\.?(?:\\s+(\\d{4})\\b)?`, 'g'),
    (m, today) => {
      const date = explicitDate(today, Number(m[1]), MONTH_WORDS[m[2] ?? ''] ?? 0, yearOf(m[3]));
      return date ? { dates: [date], explicit: true } : null;
    },
  ],
  // december 26(th) (2026)
  [
    new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?::|u\\b|uur\\b))(?:,?\\s+(\\d{4})\\b)?`, 'g'),
    (m, today) => {
      const date = explicitDate(today, Number(m[2]), MONTH_WORDS[m[1] ?? ''] ?? 0, yearOf(m[3]));
      return date ? { dates: [date], explicit: true } : null;
    },
  ],
  // deze week, volgende week, dit weekend, volgend weekend
  [
    /\b(?:(deze|this|volgende|next|komende)\s+week|(?:(dit|this|volgend|next|komend|het|in het)\s+)?weekend)\b/g,
    (m, today) => {
      const monday = nextWeekday(today, 'mon', 'before');
      const thisMonday = weekdayOf(today) === 'mon' ? today : monday;
      if (m[1] !== undefined) {
        if (m[1] === 'deze' || m[1] === 'this') {
          const sunday = addDays(thisMonday, 6);
          const dates: string[] = [];
          for (let d = today; d <= sunday; d = addDays(d, 1)) dates.push(d);
          return { dates, explicit: false, range: true };
        }
        const next = addDays(thisMonday, 7);
        return { dates: [0, 1, 2, 3, 4, 5, 6].map((n) => addDays(next, n)), explicit: false, range: true };
      }
      const later = m[2] === 'volgend' || m[2] === 'next' ? 7 : 0;
      const saturday = addDays(thisMonday, 5 + later);
      const dates = [saturday, addDays(saturday, 1)].filter((d) => d >= today);
      return { dates, explicit: false, range: true };
    },
  ],
  // (volgende) zaterdag(voormiddag), on saturday, next tuesday
  [
    new RegExp(
      `\\b(?:(volgende|komende|aanstaande|deze|vorige|afgelopen|next|this|last|on|op)\\s+)?(${WEEKDAY})(?:s|en)?(?:(${PART_SUFFIX})|\\s+(voormiddag|namiddag|ochtend|morgen|middag|avond|morning|afternoon|evening|night)\\b)?\\b`,
      'g',
    ),
    (m, today) => weekdayMention(today, WEEKDAY_WORDS[m[2] ?? ''], m[1], m[3] ?? m[4]),
  ],
  // za 2/1, op do, volgende vr: the abbreviations are ordinary words too, so only with such context
  [
    new RegExp(
      `(?:\\b(volgende|komende|aanstaande|op|tegen|vanaf)\\s+(${ABBREVIATION})\\b\\.?(?!['\\w])|\\b(${ABBREVIATION})\\b\\.?\\s*(?=\\d{1,2}(?:[/-]|\\s*(?:${MONTH})\\b)))`,
      'g',
    ),
    (m, today) => weekdayMention(today, WEEKDAY_ABBREVIATIONS[m[2] ?? m[3] ?? ''], m[1], undefined),
  ],
];

function weekdayMention(
  today: string,
  weekday: Weekday | undefined,
  qualifier: string | undefined,
  part: string | undefined,
): Omit<DayMention, 'index' | 'end'> | null {
  if (!weekday) return null;
  const mode = ['volgende', 'komende', 'aanstaande', 'next'].includes(qualifier ?? '')
    ? 'after'
    : ['vorige', 'afgelopen', 'last'].includes(qualifier ?? '') ? 'before' : 'on-or-after';
  const mention: Omit<DayMention, 'index' | 'end'> = { dates: [nextWeekday(today, weekday, mode)], explicit: false, weekday };
  const partOfDay = part === undefined ? undefined : PART_OF_DAY_WORDS[part];
  if (partOfDay) mention.partOfDay = partOfDay;
  return mention;
}

function relativeMentions(text: string, today: string): DayMention[] {
  const found: DayMention[] = [];
  for (const [pattern, offset, relative, partOfDay] of RELATIVE) {
    for (const m of text.matchAll(pattern)) {
      const index = m.index ?? 0;
      const mention: DayMention = { index, end: index + m[0].length, dates: [], explicit: false, relative };
      if (!Number.isNaN(offset)) mention.dates = [addDays(today, offset)];
      const part = partOfDay ?? PART_OF_DAY_WORDS[m[1] ?? m[2] ?? ''];
      if (part) mention.partOfDay = part;
      if (relative === 'nu') mention.now = true;
      found.push(mention);
    }
  }
  return found;
}

/**
 * Every day `text` (normalised) names relative to `today`, in text order, without overlaps (the
 * earlier, then the longer reading wins). A mention with no dates ("goedemorgen") only blocks others.
 */
export function findDayMentions(text: string, today: string): DayMention[] {
  const all: DayMention[] = relativeMentions(text, today);
  for (const holiday of HOLIDAYS) {
    for (const m of text.matchAll(holiday.pattern)) {
      const index = m.index ?? 0;
      const year = Number(today.slice(0, 4));
      const thisYear = holiday.dateIn(year);
      const date = thisYear >= today ? thisYear : holiday.dateIn(year + 1);
      all.push({ index, end: index + m[0].length, dates: [date], explicit: true, holiday: holiday.name });
    }
  }
  for (const [pattern, read] of READERS) {
    for (const m of text.matchAll(pattern)) {
      const reading = read(m as RegExpExecArray, today);
      const index = m.index ?? 0;
      if (reading) all.push({ index, end: index + m[0].trimEnd().length, ...reading });
    }
  }
  all.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: DayMention[] = [];
  for (const mention of all) {
    if (!kept.some((k) => mention.index < k.end && k.index < mention.end)) kept.push(mention);
  }
  return kept;
}

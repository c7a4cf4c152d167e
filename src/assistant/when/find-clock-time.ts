// Reads clock times ("om 17 uur", "17u30", "17:30", "half vijf", "5 pm") and parts of the day
// ("'s avonds", "in de voormiddag") from normalised text.

import { HOUR_WORDS, PART_OF_DAY_WORDS, alternation } from './when-text.js';
import type { PartOfDay } from './when-text.js';

/** A clock time found in text; `hour12` when written on a 12-hour reading ("om 5 uur", "half vijf"). */
export interface TimeMention {
  index: number;
  hour: number;
  minute: number;
  hour12: boolean;
  /** 'am' / 'pm' when the text says so. */
  meridiem?: 'am' | 'pm';
}

/** A part of the day named on its own in the text. */
export interface PartOfDayMention {
  index: number;
  partOfDay: PartOfDay;
}

const PREPOSITION = '(?:om|tegen|rond|omstreeks|voor|na|tot|vanaf|van|tussen|en|at|by|until|till|from|before|after)';
const HOUR_WORD = alternation(HOUR_WORDS);

const NOT_AFTER_NUMBER = '(?<![\\d:./])';

const PATTERNS: ReadonlyArray<{ pattern: RegExp; read: (m: RegExpExecArray) => Omit<TimeMention, 'index'> | null }> = [
  {
    // 17:30, 17u30, 17h30, 17.30 uur, 5:30 pm
    pattern: /(?<![\d:./])(\d{1,2})(?::|u|h|\.(?=\d{2}\s*(?:uur|u)\b))\s?(\d{2})(?![\d:/])(?:\s*(?:uur|u)\b)?(?:\s*(am|pm)\b)?/g,
    read: (m) => clock(m[1], m[2], m[3]),
  },
  {
    // om 17 uur, tot 17u, at 5 pm
    pattern: new RegExp(`\\b${PREPOSITION}\\s+(\\d{1,2})\\s*(?:uur|u|h|(?=am|pm))\\b(?:\\s*(am|pm)\\b)?`, 'g'),
    read: (m) => clock(m[1], '00', m[2]),
  },
  {
    // "om 5", "at 9": before a bare number these words make it a clock time
    pattern: /\b(?:om|at)\s+(\d{1,2})(?![\d:/.]|\s*(?:uur|u|h|am|pm)\b)/g,
    read: (m) => clock(m[1], '00', undefined),
  },
  {
    // 5 pm, 17 uur (an hour past 12 needs no preposition)
    pattern: new RegExp(`${NOT_AFTER_NUMBER}(?:(\\d{1,2})\\s*(am|pm)|(1[3-9]|2[0-3])\\s*(?:uur|u))\\b`, 'g'),
    read: (m) => clock(m[1] ?? m[3], '00', m[2]),
  },
  {
    // half vijf, kwart over vijf, kwart voor zes
    pattern: new RegExp(`\\b(half|kwart over|kwart voor)\\s+(${HOUR_WORD}|\\d{1,2})\\b`, 'g'),
    read: (m) => {
      const base = HOUR_WORDS[m[2] ?? ''] ?? Number(m[2]);
      if (!(base >= 1 && base <= 12)) return null;
      const previous = base === 1 ? 12 : base - 1;
      if (m[1] === 'half') return { hour: previous, minute: 30, hour12: true };
      if (m[1] === 'kwart over') return { hour: base, minute: 15, hour12: true };
      return { hour: previous, minute: 45, hour12: true };
    },
  },
];

function clock(hourText: string | undefined, minuteText: string | undefined, meridiem: string | undefined): Omit<TimeMention, 'index'> | null {
  const hour = Number(hourText);
  const minute = Number(minuteText);
  if (!(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59)) return null;
  const mention: Omit<TimeMention, 'index'> = { hour, minute, hour12: hour >= 1 && hour <= 12 };
  if (meridiem === 'am' || meridiem === 'pm') {
    if (hour > 12) return null;
    mention.meridiem = meridiem;
  }
  return mention;
}

/** Every clock time in `text` (normalised), in text order; of overlapping readings the first pattern wins. */
export function findClockTimes(text: string): TimeMention[] {
  const found: Array<TimeMention & { end: number }> = [];
  for (const { pattern, read } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const reading = read(match as RegExpExecArray);
      const index = match.index ?? 0;
      const end = index + match[0].length;
      if (reading && !found.some((f) => index < f.end && f.index < end)) found.push({ index, end, ...reading });
    }
  }
  return found.sort((a, b) => a.index - b.index).map(({ end: _end, ...mention }) => mention);
}

const PART_WORD = alternation(PART_OF_DAY_WORDS);
const PART_PATTERN = new RegExp(
  `(?:'\\s?s|\\bs)\\s?(${PART_WORD})s\\b|\\bin (?:de|the) (${PART_WORD})\\b|\\b(?:tijdens|during) (?:de|the) (${PART_WORD})\\b`,
  'g',
);

/** Parts of the day named on their own ("'s avonds", "in de namiddag"), in text order. */
export function findPartsOfDay(text: string): PartOfDayMention[] {
  const found: PartOfDayMention[] = [];
  for (const match of text.matchAll(PART_PATTERN)) {
    const partOfDay = PART_OF_DAY_WORDS[match[1] ?? match[2] ?? match[3] ?? ''];
    if (partOfDay) found.push({ index: match.index ?? 0, partOfDay });
  }
  return found;
}

/**
 * The "HH:MM" of a time mention, reading a 12-hour time as afternoon/evening when the part of the
 * day says so, or when it is 1-6 o'clock: no municipal counter opens before 7 in the morning.
 */
export function clockText(time: TimeMention, partOfDay: PartOfDay | undefined): string {
  let hour = time.hour;
  if (time.meridiem === 'pm' && hour < 12) hour += 12;
  else if (time.meridiem === 'am' && hour === 12) hour = 0;
  else if (time.meridiem === undefined && time.hour12 && hour < 12) {
    const late = partOfDay === 'avond' || partOfDay === 'namiddag' || (partOfDay === 'middag' && hour <= 6);
    if (late || (partOfDay === undefined && hour <= 6)) hour += 12;
  }
  return `${String(hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

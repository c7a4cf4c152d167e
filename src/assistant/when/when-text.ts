// Shared vocabulary for reading Dutch and English date/time expressions from normalised text.

import type { Weekday } from '../../knowledge/content-types.js';

/** A part of the day as residents name it; Flemish "voormiddag" counts as 'ochtend'. */
export type PartOfDay = 'ochtend' | 'middag' | 'avond' | 'namiddag';

/** Lower-cases, strips diacritics and unifies apostrophes; keeps digits and : / - . for dates and times. */
export function normalizeWhenText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u0060\u00b4]/g, "'")
    .replace(/[^a-z0-9:/.\-' ]+/g, ' ')
    .replace(/\s+/g, ' ');
}

/** Weekday words (Dutch, English) and their keys. */
export const WEEKDAY_WORDS: Record<string, Weekday> = {
  maandag: 'mon', dinsdag: 'tue', woensdag: 'wed', donderdag: 'thu', vrijdag: 'fri', zaterdag: 'sat', zondag: 'sun',
  monday: 'mon', tuesday: 'tue', wednesday: 'wed', thursday: 'thu', friday: 'fri', saturday: 'sat', sunday: 'sun',
};

/** Flemish two-letter weekday abbreviations; only read as a day when the context makes it a date. */
export const WEEKDAY_ABBREVIATIONS: Record<string, Weekday> = {
  ma: 'mon', di: 'tue', wo: 'wed', do: 'thu', vr: 'fri', za: 'sat', zo: 'sun',
};

/** Month words (Dutch, Dutch abbreviations, English) and their numbers. */
export const MONTH_WORDS: Record<string, number> = {
  januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8,
  september: 9, oktober: 10, november: 11, december: 12,
  jan: 1, feb: 2, mrt: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, august: 8, october: 10,
};

/** Words for a part of the day, as a suffix ("donderdagavond") or after "'s" / "in de". */
export const PART_OF_DAY_WORDS: Record<string, PartOfDay> = {
  ochtend: 'ochtend', morgen: 'ochtend', voormiddag: 'ochtend', vroeg: 'ochtend', morning: 'ochtend',
  middag: 'middag', noon: 'middag',
  namiddag: 'namiddag', afternoon: 'namiddag',
  avond: 'avond', evening: 'avond', night: 'avond',
};

/** Number words for clock hours ("half vijf"). */
export const HOUR_WORDS: Record<string, number> = {
  een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
};

/** Alternation of the keys of `words`, longest first, for use inside a RegExp. */
export function alternation(words: Record<string, unknown>): string {
  return Object.keys(words).sort((a, b) => b.length - a.length).join('|');
}

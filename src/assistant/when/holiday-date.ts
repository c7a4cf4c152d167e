// Belgian public holidays (and a few days residents name, like Christmas Eve) by how they are called.

import { addDays } from '../../knowledge/schedule/index.js';
import { easterSunday } from './easter-sunday.js';

/** A named day: its Dutch name, the phrases that name it (normalised text) and its date in a year. */
export interface Holiday {
  name: string;
  pattern: RegExp;
  dateIn: (year: number) => string;
}

const fixed = (monthDay: string) => (year: number): string => `${year}-${monthDay}`;
const fromEaster = (days: number) => (year: number): string => addDays(easterSunday(year), days);

/**
 * Holidays, each matched on lower-cased, diacritics-free text. When two patterns match at the
 * same place the longer match wins, so "o.l.v.-hemelvaart" is not read as Ascension Day.
 */
export const HOLIDAYS: readonly Holiday[] = [
  { name: 'Kerstavond', pattern: /\b(?:kerstavond|christmas eve)\b/g, dateIn: fixed('12-24') },
  {
    name: 'Tweede kerstdag',
    pattern: /(?<![\p{L}\d])(?:2e|2de|tweede|2nd)\s*kerstdag\b|\bboxing day\b/gu,
    dateIn: fixed('12-26'),
  },
  {
    name: 'Kerstmis',
    pattern: /(?<![\p{L}\d])(?:(?:1e|1ste|eerste)\s*)?kerstdag\b|\bkerst(?:mis)?\b|\bchristmas(?: day)?\b/gu,
    dateIn: fixed('12-25'),
  },
  { name: 'Oudejaarsavond', pattern: /\b(?:oudejaarsavond|oudejaarsdag|oudejaar|oudjaar|new year'?s eve)\b/g, dateIn: fixed('12-31') },
  { name: 'Nieuwjaar', pattern: /\b(?:nieuwjaarsdag|nieuwjaar|new year'?s day|new year)\b/g, dateIn: fixed('01-01') },
  { name: 'Pasen', pattern: /\b(?:pasen|paaszondag|easter(?: sunday)?)\b/g, dateIn: fromEaster(0) },
  { name: 'Paasmaandag', pattern: /\b(?:paasmaandag|tweede paasdag|easter monday)\b/g, dateIn: fromEaster(1) },
  {
    name: 'O.L.V.-Hemelvaart',
    pattern: /\b(?:o\.?\s?l\.?\s?v\.?[\s-]*|onze[\s-]lieve[\s-]vrouw[\s-]*|maria[\s-]*)hemelvaart\b|\bassumption(?: day)?\b/g,
    dateIn: fixed('08-15'),
  },
  {
    name: 'O.L.H.-Hemelvaart',
    pattern: /\b(?:o\.?\s?l\.?\s?h\.?[\s-]*|onze[\s-]lieve[\s-]heer[\s-]*)?hemelvaart(?:sdag)?\b|\bascension(?: day)?\b/g,
    dateIn: fromEaster(39),
  },
  { name: 'Pinksteren', pattern: /\b(?:pinksteren|pinksterzondag|pentecost|whit sunday)\b/g, dateIn: fromEaster(49) },
  {
    name: 'Pinkstermaandag',
    pattern: /\b(?:pinkstermaandag|tweede pinksterdag|whit monday|pentecost monday)\b/g,
    dateIn: fromEaster(50),
  },
  { name: 'Dag van de Arbeid', pattern: /\b(?:dag|feest) van de arbeid\b|\blabou?r day\b/g, dateIn: fixed('05-01') },
  {
    name: 'Feest van de Vlaamse Gemeenschap',
    pattern: /\bfeest(?:dag)? van de vlaamse gemeenschap\b|\bvlaamse feestdag\b/g,
    dateIn: fixed('07-11'),
  },
  { name: 'Nationale feestdag', pattern: /\bnationale feestdag\b|\b(?:belgian )?national day\b/g, dateIn: fixed('07-21') },
  { name: 'Allerheiligen', pattern: /\b(?:allerheiligen|all saints'? day)\b/g, dateIn: fixed('11-01') },
  { name: 'Allerzielen', pattern: /\b(?:allerzielen|all souls'? day)\b/g, dateIn: fixed('11-02') },
  { name: 'Wapenstilstand', pattern: /\b(?:wapenstilstand|armistice(?: day)?)\b/g, dateIn: fixed('11-11') },
  { name: 'Koningsdag', pattern: /\b(?:koningsdag|feest van de dynastie)\b/g, dateIn: fixed('11-15') },
];

// Parses a municipality's waste files: streets → zone, and the collection calendar per zone.
import { parse } from 'csv-parse/sync';
import type { Problem } from '../errors/index.js';
import { WASTE_FRACTIONS, type WasteCollection, type WasteFraction, type WasteStreet } from './content-types.js';
import { isCalendarDate } from './schedule/calendar-date.js';
import type { Parsed } from './parse-concept.js';

interface CsvRow {
  line: number;
  fields: string[];
}

function readCsv(text: string, file: string, header: string[], problems: Problem[]): CsvRow[] {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true, trim: true, bom: true, info: true }) as unknown as typeof records;
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    problems.push({ file, ...(lines ? { line: lines } : {}), message: `invalid CSV: ${(error as Error).message}` });
    return [];
  }
  const [first, ...rest] = records;
  if (!first || first.record.join(',').toLowerCase() !== header.join(',')) {
    problems.push({ file, line: 1, message: `the first line must be the header "${header.join(',')}"` });
    return [];
  }
  const rows: CsvRow[] = [];
  for (const { record, info } of rest) {
    if (record.length !== header.length) {
      problems.push({ file, line: info.lines, message: `expected ${header.length} fields (${header.join(',')}), found ${record.length}` });
    } else {
      rows.push({ line: info.lines, fields: record });
    }
  }
  return rows;
}

/** Parses `waste-streets.csv` (street,zone). Reports empty fields and streets listed twice. */
export function parseWasteStreets(text: string, file: string): Parsed<WasteStreet[]> {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const streets: WasteStreet[] = [];
  for (const { line, fields } of readCsv(text, file, ['street', 'zone'], problems)) {
    const [street = '', zone = ''] = fields;
    if (!street || !zone) {
      problems.push({ file, line, message: 'street and zone must not be empty' });
      continue;
    }
    const key = street.toLocaleLowerCase('nl');
    const earlier = seen.get(key);
    if (earlier !== undefined) problems.push({ file, line, message: `street "${street}" is already listed on line ${earlier}` });
    seen.set(key, line);
    streets.push({ street, zone });
  }
  return { value: problems.length ? undefined : streets, problems };
}

/** Parses `waste-calendar.csv` (date,zone,fraction). Dates must be real, fractions known. */
export function parseWasteCalendar(text: string, file: string): Parsed<WasteCollection[]> {
  const problems: Problem[] = [];
  const collections: WasteCollection[] = [];
  const seen = new Set<string>();
  for (const { line, fields } of readCsv(text, file, ['date', 'zone', 'fraction'], problems)) {
    const [date = '', zone = '', fraction = ''] = fields;
    if (!isCalendarDate(date)) problems.push({ file, line, field: 'date', message: `"${date}" is not a real date (YYYY-MM-DD)` });
    if (!zone) problems.push({ file, line, field: 'zone', message: 'zone must not be empty' });
    if (!(WASTE_FRACTIONS as readonly string[]).includes(fraction)) {
      problems.push({ file, line, field: 'fraction', message: `unknown fraction "${fraction}"; expected one of ${WASTE_FRACTIONS.join(', ')}` });
    }
    const key = `${date}|${zone}|${fraction}`;
    if (seen.has(key)) problems.push({ file, line, message: `collection ${date} zone ${zone} ${fraction} is listed twice` });
    seen.add(key);
    collections.push({ date, zone, fraction: fraction as WasteFraction });
  }
  return { value: problems.length ? undefined : collections, problems };
}

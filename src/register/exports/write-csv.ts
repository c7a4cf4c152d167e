// Writes rows as RFC 4180 CSV, with every text cell guarded against spreadsheet formula injection.
import { stringify } from 'csv-stringify/sync';

/** A CSV column: the row key it reads and its header. */
export interface CsvColumn<K extends string> {
  key: K;
  header: string;
}

/** A cell value; undefined and null are written as an empty cell. */
export type CsvCell = string | number | null | undefined;

// OWASP's list: a spreadsheet reads a cell starting with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell that a spreadsheet will not run: one starting with = + - @, a tab or a carriage
 * return gets a leading apostrophe (OWASP "CSV injection"). Other text is returned unchanged.
 */
export function guardCsvText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * CSV with a header row, CRLF line ends and quotes only where needed (a comma, quote or line break
 * in the cell), as RFC 4180 has it. Numbers are written as they are. `bom` prefixes a UTF-8 byte
 * order mark, which Excel needs to read accents right.
 */
export function writeCsv<K extends string>(
  columns: ReadonlyArray<CsvColumn<K>>,
  rows: ReadonlyArray<Readonly<Partial<Record<K, CsvCell>>>>,
  options: { bom?: boolean } = {},
): string {
  return stringify([...rows], {
    header: true,
    columns: columns.map((c) => ({ key: c.key, header: c.header })),
    record_delimiter: 'windows',
    bom: options.bom ?? false,
    cast: { string: guardCsvText },
  });
}

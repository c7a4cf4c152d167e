// Turns an exceljs cell value into sheet text: formulas give their cached result, never their source.
import type { CellValue } from 'exceljs';
import type { SheetCell } from './sheet-row.js';

/**
 * The text of one cell value. A formula gives the result Excel stored when it last calculated
 * (a file written by another program may have none: then `error` says so, as it does for a
 * result such as #REF!). Rich text is joined, a hyperlink gives its text and `link`, a date
 * its ISO date (with the time when there is one).
 */
export function xlsxCell(value: CellValue): SheetCell {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number' || typeof value === 'boolean') return { text: String(value) };
  if (value instanceof Date) return { text: isoDate(value) };
  if ('error' in value) return { text: '', error: `the cell holds the error ${value.error}` };
  if ('richText' in value) return { text: value.richText.map((part) => part.text).join('') };
  if ('hyperlink' in value) return { ...xlsxCell(value.text), link: value.hyperlink };
  // A cell sharing another cell's formula may not carry the formula's text.
  const formula = value.formula === undefined ? 'formula' : `formula =${value.formula}`;
  const { result } = value;
  if (result === undefined) {
    return { text: '', error: `the ${formula} has no calculated value; open the file in Excel and save it again` };
  }
  if (typeof result === 'object' && !(result instanceof Date)) {
    return { text: '', error: `the ${formula} gives the error ${result.error}` };
  }
  return xlsxCell(result);
}

function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

// The format-neutral grid both sheet readers (CSV, XLSX) produce: rows of cells with their line.
import type { Problem } from '../../errors/index.js';

/** One cell as text; `link` is an XLSX hyperlink's target, `error` why the cell has no usable value. */
export interface SheetCell {
  text: string;
  link?: string;
  error?: string;
}

/** A non-blank row: its 1-based line (CSV, where the record starts) or row number (XLSX). */
export interface SheetRow {
  line: number;
  cells: SheetCell[];
}

/** `column` 0 → "A", 25 → "Z", 26 → "AA": the letter a spreadsheet shows above the column. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** True when every cell is empty or only whitespace (such rows are skipped, not reported). */
export function isBlankRow(cells: readonly SheetCell[]): boolean {
  return cells.every((cell) => cell.text.trim() === '' && cell.error === undefined);
}

/** What a reader found: the non-blank rows (the first is the header) and the problems it met. */
export interface SheetRead {
  rows: SheetRow[];
  problems: Problem[];
}

// Reads the FAQ worksheet of an XLSX workbook into sheet rows with their row numbers.
import ExcelJS from 'exceljs';
import { normalizeName } from './normalize-name.js';
import { isBlankRow, type SheetCell, type SheetRead, type SheetRow } from './sheet-row.js';
import { xlsxCell } from './xlsx-cell.js';
import { zipUnpackedSize } from './zip-unpacked-size.js';

/**
 * Unpacked workbooks above this are refused before unpacking. A full sheet (5,000 questions with
 * answers of 10,000 characters) stays well under it; a zip bomb does not.
 */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** Worksheet names (compared without case and accents) that are read in preference to the first. */
const FAQ_SHEET_NAMES = ['faq', 'veelgestelde vragen'];

/**
 * Reads the worksheet named "FAQ" or "Veelgestelde vragen", else the first visible one. Rows are
 * numbered as Excel shows them; the cells of a merged range other than its first are empty.
 * Never throws for a damaged or oversized file: it becomes one problem.
 */
export async function readXlsxRows(content: Buffer, file: string): Promise<SheetRead> {
  const refuse = (message: string): SheetRead => ({ rows: [], problems: [{ file, message }] });
  const unpacked = zipUnpackedSize(content);
  if (unpacked !== undefined && unpacked > MAX_UNPACKED_BYTES) {
    return refuse(`the workbook unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB; save only the FAQ sheet in a new workbook`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; a copy (at most MAX_FAQ_FILE_BYTES) fits that.
    await workbook.xlsx.load(new Uint8Array(content).buffer);
  } catch (error) {
    // exceljs and its unzipper throw plain Errors for anything they cannot read.
    if (!(error instanceof Error)) throw error;
    return refuse(`the file is not a readable XLSX workbook (${error.message})`);
  }
  const sheets = workbook.worksheets;
  const sheet =
    sheets.find((s) => FAQ_SHEET_NAMES.includes(normalizeName(s.name))) ??
    sheets.find((s) => s.state === 'visible') ??
    sheets[0];
  if (!sheet) return refuse('the workbook has no worksheets');

  const rows: SheetRow[] = [];
  sheet.eachRow((row, line) => {
    const cells: SheetCell[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) {
      const cell = row.getCell(column);
      const isMergedTail = cell.isMerged && cell.master.address !== cell.address;
      cells.push(isMergedTail ? { text: '' } : xlsxCell(cell.value));
    }
    if (!isBlankRow(cells)) rows.push({ line, cells });
  });
  return { rows, problems: [] };
}

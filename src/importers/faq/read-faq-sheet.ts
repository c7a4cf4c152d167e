// Reads a municipality's FAQ sheet (CSV or XLSX) into plain rows, reporting every problem with its place.
import type { Problem } from '../../errors/index.js';
import { checkFaqRow } from './check-faq-row.js';
import type { FaqReadResult, FaqRow } from './faq-row.js';
import { matchFaqColumns } from './match-faq-columns.js';
import { readCsvRows } from './read-csv-rows.js';
import { readXlsxRows } from './read-xlsx-rows.js';
import { columnLetter, type SheetRead } from './sheet-row.js';

/** Files above this size (bytes) are refused before they are parsed. */
export const MAX_FAQ_FILE_BYTES = 10 * 1024 * 1024;
/** Sheets with more questions than this are refused as a whole; split them. */
const MAX_FAQ_ROWS = 5000;

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Legacy .xls files and password-protected workbooks are OLE2 compound files. */
const OLE2_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Reads a CSV (UTF-8 with or without BOM; comma or semicolon separated — Excel in Belgium
 * writes semicolons; quoted fields with newlines) or an XLSX file (first worksheet, or the one
 * named "FAQ"/"Veelgestelde vragen"). The format follows the content (a ZIP is XLSX), then the
 * name. Header row required (the first non-blank row); column names matched case- and
 * accent-insensitively in Dutch or English: question|vraag, answer|antwoord,
 * product|product id|productid|product-id, keywords|trefwoorden|zoektermen (separated by , ; or |),
 * url|link|bron; other columns are ignored. Never throws for bad data: problems name the file,
 * the line and (in `field`) the column's header as written, with its letter in the message.
 * Problems: a missing required column (one each, then no rows are read); an empty question or
 * answer; a question over 500 or an answer over 10,000 characters; a productId that is not a
 * slug; a url that is not http(s); a question repeated (ignoring case) on a later line; an XLSX
 * formula without a cached result. A cell starting with "=" in CSV is text. More than 5,000
 * rows, a file over MAX_FAQ_FILE_BYTES, an empty file, or a header without questions: one
 * problem. A row with problems is left out of `rows`; the caller decides (all or nothing).
 */
export async function readFaqSheet(file: { fileName: string; content: Buffer }): Promise<FaqReadResult> {
  const { fileName, content } = file;
  const refuse = (message: string, line?: number): FaqReadResult => ({
    rows: [],
    problems: [{ file: fileName, ...(line ? { line } : {}), message }],
  });
  if (content.length > MAX_FAQ_FILE_BYTES) {
    return refuse(`the file is ${(content.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FAQ_FILE_BYTES / 1024 / 1024} MB`);
  }
  if (content.length === 0) return refuse('the file is empty');
  if (content.subarray(0, OLE2_SIGNATURE.length).equals(OLE2_SIGNATURE)) {
    return refuse('the file is an old Excel workbook (.xls) or is protected by a password; save it as .xlsx without a password, or as CSV UTF-8');
  }
  const isXlsx = content.subarray(0, ZIP_SIGNATURE.length).equals(ZIP_SIGNATURE) || /\.xls[xm]$/i.test(fileName);
  const sheet: SheetRead = isXlsx ? await readXlsxRows(content, fileName) : readCsvRows(content, fileName);
  const [header, ...data] = sheet.rows;
  if (!header) return sheet.problems.length > 0 ? { rows: [], problems: sheet.problems } : refuse(isXlsx ? 'the worksheet is empty' : 'the file is empty');
  if (data.length > MAX_FAQ_ROWS) {
    const first = data[MAX_FAQ_ROWS];
    return refuse(`the sheet has ${data.length} questions; at most ${MAX_FAQ_ROWS} can be read at once, so split it into several files`, first?.line);
  }
  const { columns, problems: headerProblems } = matchFaqColumns(header, fileName);
  if (!columns) return { rows: [], problems: [...headerProblems, ...sheet.problems] };
  if (data.length === 0 && sheet.problems.length === 0) {
    return refuse(`the sheet has no questions: only the header on line ${header.line}`, header.line);
  }

  const rows: FaqRow[] = [];
  const problems: Problem[] = [...sheet.problems];
  const questionLines = new Map<string, number>();
  for (const row of data) {
    const { value, question, problems: rowProblems } = checkFaqRow(row, columns, fileName);
    problems.push(...rowProblems);
    // A question seen on a line that has other problems still counts: fixing that line would clash.
    const key = question?.toLocaleLowerCase('nl') ?? '';
    const earlier = questionLines.get(key);
    if (key !== '' && earlier === undefined) questionLines.set(key, row.line);
    if (earlier !== undefined) {
      const column = columns.question;
      const message = `the question "${question}" is already on line ${earlier} (column ${columnLetter(column.index)})`;
      problems.push({ file: fileName, line: row.line, field: column.header, message });
    } else if (value) {
      rows.push(value);
    }
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { rows, problems };
}

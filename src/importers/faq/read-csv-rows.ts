// Reads a CSV FAQ sheet (UTF-8, comma or semicolon separated) into sheet rows with their lines.
import { CsvError, parse } from 'csv-parse/sync';
import type { Problem } from '../../errors/index.js';
import { decodeUtf8 } from './decode-utf8.js';
import { isBlankRow, type SheetRead, type SheetRow } from './sheet-row.js';

/**
 * Reads `content` as CSV. The separator is the one the header line uses most, `;` or `,`
 * (Excel in Belgium writes `;`). Quoted fields may hold newlines and quotes; a quote inside an
 * unquoted field is kept as text, and so is a field starting with "=". Each row's line is the
 * line its record starts on. Rows with more non-empty fields than the header are reported and
 * left out: their cells would land in the wrong columns. Never throws for bad bytes or syntax.
 */
export function readCsvRows(content: Buffer, file: string): SheetRead {
  const decoded = decodeUtf8(content);
  if ('invalidLine' in decoded) {
    const message = 'the file is not UTF-8 text; save it from Excel as "CSV UTF-8"';
    return { rows: [], problems: [{ file, line: decoded.invalidLine, message }] };
  }
  // One line-break convention, so csv-parse counts lines the same way the file is shown.
  const text = decoded.text.replace(/\r\n?/g, '\n');
  const records: Array<{ fields: string[]; endLine: number }> = [];
  try {
    parse(text, {
      delimiter: separatorOf(text),
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (fields: string[], context) => {
        records.push({ fields, endLine: context.lines });
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { rows: [], problems: [syntaxProblem(error, text, records.at(-1)?.endLine ?? 0, file)] };
  }
  return toRows(records, file);
}

function toRows(records: ReadonlyArray<{ fields: string[]; endLine: number }>, file: string): SheetRead {
  const rows: SheetRow[] = [];
  const problems: Problem[] = [];
  for (const { fields, endLine } of records) {
    const cells = fields.map((text) => ({ text }));
    if (isBlankRow(cells)) continue;
    // Line breaks inside quoted fields are the only ones within a record.
    const line = endLine - fields.reduce((n, field) => n + field.split('\n').length - 1, 0);
    const width = rows[0]?.cells.length;
    if (width !== undefined && !isBlankRow(cells.slice(width))) {
      const message = `the line has ${fields.length} fields but the header has ${width}; put a field that contains the separator in double quotes`;
      problems.push({ file, line, message });
      continue;
    }
    rows.push({ line, cells });
  }
  return { rows, problems };
}

/** The separator the first non-blank line (the header) uses most, outside quotes; `,` on a tie. */
function separatorOf(text: string): ';' | ',' {
  const header = (text.split('\n').find((line) => line.trim() !== '') ?? '').replace(/"[^"]*"/g, '');
  const count = (char: string) => header.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

function syntaxProblem(error: CsvError, text: string, lastGoodLine: number, file: string): Problem {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    // csv-parse names the file's last line; the broken record starts after the last good one.
    const lines = text.split('\n');
    let line = lastGoodLine + 1;
    while (line < lines.length && (lines[line - 1] ?? '').trim() === '') line += 1;
    return { file, line, message: 'a field that opens with a double quote is never closed, so the rest of the file would be one field' };
  }
  const line = typeof error.lines === 'number' ? error.lines : undefined;
  return { file, ...(line ? { line } : {}), message: `the CSV cannot be read: ${error.message}` };
}

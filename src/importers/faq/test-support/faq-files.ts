// Builds FAQ sheet files for the tests: CSV text as bytes, and XLSX workbooks written by exceljs.
import ExcelJS from 'exceljs';

/** An upload as readFaqSheet receives it. */
export interface FaqFile {
  fileName: string;
  content: Buffer;
}

/** `lines` joined with `eol` as a UTF-8 CSV file, with a BOM when `bom` is set. */
export function csvFile(lines: string[], options: { fileName?: string; eol?: string; bom?: boolean } = {}): FaqFile {
  const text = lines.join(options.eol ?? '\n') + (options.eol ?? '\n');
  return { fileName: options.fileName ?? 'faq.csv', content: Buffer.from((options.bom ? '\uFEFF' : '') + text, 'utf8') };
}

/** A workbook built by `build`, written to an XLSX buffer the way a municipality would upload it. */
export async function xlsxFile(build: (workbook: ExcelJS.Workbook) => void, fileName = 'faq.xlsx'): Promise<FaqFile> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return { fileName, content: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

// Finds the FAQ columns in a sheet's header row by their Dutch or English names.
import type { Problem } from '../../errors/index.js';
import { normalizeName } from './normalize-name.js';
import { columnLetter, type SheetRow } from './sheet-row.js';

/** The fields of an FAQ row that come from a column. */
export type FaqField = 'question' | 'answer' | 'productId' | 'keywords' | 'url';

/** Where a field's column is: its 0-based index and its header as written in the sheet. */
export interface FaqColumn {
  index: number;
  header: string;
}

/** The columns found; the two required ones are always there. */
export type FaqColumns = { question: FaqColumn; answer: FaqColumn } & Partial<Record<FaqField, FaqColumn>>;

/** Accepted header names per field, already normalised (see normalizeName). */
const COLUMN_NAMES: Record<FaqField, readonly string[]> = {
  question: ['question', 'vraag'],
  answer: ['answer', 'antwoord'],
  productId: ['product', 'product id', 'productid'],
  keywords: ['keywords', 'trefwoorden', 'zoektermen'],
  url: ['url', 'link', 'bron'],
};
const REQUIRED: readonly FaqField[] = ['question', 'answer'];

/**
 * Matches `header` against the accepted names, ignoring case, accents and "-"/"_"/spaces.
 * Columns with other names are ignored (municipal sheets carry notes and owners). A missing
 * required column is one problem each; two columns for one field is a problem too. Any
 * problem means `columns` is undefined: no row can be read reliably.
 */
export function matchFaqColumns(header: SheetRow, file: string): { columns?: FaqColumns; problems: Problem[] } {
  const found: Partial<Record<FaqField, FaqColumn>> = {};
  const problems: Problem[] = [];
  header.cells.forEach((cell, index) => {
    const name = normalizeName(cell.text);
    const field = (Object.keys(COLUMN_NAMES) as FaqField[]).find((f) => COLUMN_NAMES[f].includes(name));
    if (!field) return;
    const earlier = found[field];
    const column = { index, header: cell.text.trim() };
    if (earlier) {
      const message = `columns ${columnLetter(earlier.index)} "${earlier.header}" and ${columnLetter(index)} "${column.header}" both hold the ${describe(field)}; keep one`;
      problems.push({ file, line: header.line, field: column.header, message });
    } else {
      found[field] = column;
    }
  });
  for (const field of REQUIRED) {
    if (found[field]) continue;
    const names = COLUMN_NAMES[field].map((n) => `"${n}"`).join(' or ');
    const seen = header.cells.map((c) => `"${c.text.trim()}"`).join(', ');
    problems.push({ file, line: header.line, field, message: `the header has no ${describe(field)} column (${names}); it has ${seen}` });
  }
  const { question, answer } = found;
  if (problems.length > 0 || !question || !answer) return { problems };
  return { columns: { ...found, question, answer }, problems };
}

function describe(field: FaqField): string {
  return { question: 'question', answer: 'answer', productId: 'product id', keywords: 'keywords', url: 'url' }[field];
}

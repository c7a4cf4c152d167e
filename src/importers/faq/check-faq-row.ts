// Checks one data row of an FAQ sheet and turns it into an FaqRow, naming every problem's column.
import type { Problem } from '../../errors/index.js';
import type { FaqRow } from './faq-row.js';
import type { FaqColumns, FaqField } from './match-faq-columns.js';
import { columnLetter, type SheetRow } from './sheet-row.js';

const MAX_QUESTION_CHARS = 500;
const MAX_ANSWER_CHARS = 10_000;
/** The same rule as the content model's concept ids (knowledge/field-rules.ts). */
const PRODUCT_ID = /^[a-z0-9][a-z0-9-]*$/;
const KEYWORD_SEPARATORS = /[,;|]/;

/** The row when it has no problem; the normalised question whenever it is readable (for duplicates). */
export interface CheckedFaqRow {
  value?: FaqRow;
  question?: string;
  problems: Problem[];
}

/**
 * Reads `row` through `columns`. Text is NFC-normalised and trimmed; a question's whitespace
 * (line breaks too) becomes single spaces; an answer keeps its line breaks as "\n". Lengths
 * count characters (code points). Keywords are split on "," ";" "|", blanks dropped, repeats
 * (ignoring case) dropped. A URL cell with a hyperlink is read as the link's target. Returns
 * the row only when it has no problem. Duplicate questions are the caller's to find,
 * with `question`.
 */
export function checkFaqRow(row: SheetRow, columns: FaqColumns, file: string): CheckedFaqRow {
  const problems: Problem[] = [];
  const report = (field: FaqField, message: string) => {
    const column = columns[field];
    const at = column ? { field: column.header, message: `${message} (column ${columnLetter(column.index)})` } : { message };
    problems.push({ file, line: row.line, ...at });
  };
  /** The cell's text, '' without the column, undefined (reported) when the cell has no usable value. */
  const read = (field: FaqField, useLink = false): string | undefined => {
    const column = columns[field];
    const cell = column ? row.cells[column.index] : undefined;
    if (!cell) return '';
    if (cell.error !== undefined) {
      report(field, cell.error);
      return undefined;
    }
    return ((useLink ? cell.link : undefined) ?? cell.text).normalize('NFC');
  };

  const question = read('question')?.replace(/\s+/g, ' ').trim();
  if (question === '') report('question', 'the question is empty');
  if (question && length(question) > MAX_QUESTION_CHARS) {
    report('question', `the question has ${length(question)} characters; at most ${MAX_QUESTION_CHARS} are allowed`);
  }
  const answer = read('answer')?.replace(/\r\n?/g, '\n').trim();
  if (answer === '') report('answer', 'the answer is empty');
  if (answer && length(answer) > MAX_ANSWER_CHARS) {
    report('answer', `the answer has ${length(answer)} characters; at most ${MAX_ANSWER_CHARS} are allowed`);
  }
  const productId = read('productId')?.trim();
  if (productId && !PRODUCT_ID.test(productId)) {
    report('productId', `"${productId}" is not a product id: use lowercase letters, digits and dashes, such as "eid-aanvragen"`);
  }
  const keywords = splitKeywords(read('keywords') ?? '');
  const url = read('url', true)?.trim();
  if (url && !isWebAddress(url)) report('url', `"${url}" is not a web address starting with http:// or https://`);

  if (problems.length > 0 || question === undefined || answer === undefined) return { question, problems };
  const value: FaqRow = { line: row.line, question, answer, keywords };
  if (productId) value.productId = productId;
  if (url) value.url = url;
  return { value, question, problems };
}

function length(text: string): number {
  return Array.from(text).length;
}

function splitKeywords(text: string): string[] {
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const part of text.split(KEYWORD_SEPARATORS)) {
    const keyword = part.replace(/\s+/g, ' ').trim();
    const key = keyword.toLocaleLowerCase('nl');
    if (keyword === '' || seen.has(key)) continue;
    seen.add(key);
    keywords.push(keyword);
  }
  return keywords;
}

function isWebAddress(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

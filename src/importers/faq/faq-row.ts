// The plain rows an FAQ sheet is read into, and the result of reading one.
import type { Problem } from '../../errors/index.js';

/** One question and its answer, as read from a row of a municipality's FAQ sheet. */
export interface FaqRow {
  /** 1-based line (CSV) or row number (XLSX) in the sheet, for messages. */
  line: number;
  question: string;
  /** Plain text or light Markdown, trimmed; line breaks kept. */
  answer: string;
  /** Optional: the id of an existing product (concept id such as "eid-aanvragen") this answer belongs to. */
  productId?: string;
  keywords: string[];
  /** Optional URL where the answer is published (http/https only). */
  url?: string;
}

/** The rows without problems, and every problem found (a row with a problem is not in `rows`). */
export interface FaqReadResult {
  rows: FaqRow[];
  problems: Problem[];
}

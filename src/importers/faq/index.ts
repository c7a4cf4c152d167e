// Front door of the FAQ importer: reads a municipality's FAQ sheet (CSV or XLSX) into plain rows.
export type { FaqReadResult, FaqRow } from './faq-row.js';
export { MAX_FAQ_FILE_BYTES, readFaqSheet } from './read-faq-sheet.js';

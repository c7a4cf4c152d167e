// Reads the text of a register import file (JSON or YAML) into its records, refusing what cannot be a file of entries.
import { LineCounter, isNode, parseDocument, type Document } from 'yaml';
import { InvalidInputError, PayloadTooLargeError } from '../errors/index.js';

/** Files above this size (in UTF-8 bytes) are refused. */
export const MAX_ENTRY_FILE_BYTES = 10 * 1024 * 1024;
/** Files with more records than this are refused; split them. */
export const MAX_ENTRIES_PER_FILE = 5000;

/** A parsed file: its records as written, and where they are. */
export interface ParsedEntryFile {
  records: unknown[];
  /** The 1-based line of `path` inside record `index`, or of its nearest parent present in the file. */
  lineOf(index: number, path: ReadonlyArray<string | number>): number | undefined;
}

/**
 * Parses `content`: a list of records, or an object whose `entries` is that list, written as
 * JSON (`.json`, or text starting with `[` or `{`) or YAML. Throws PayloadTooLargeError above
 * MAX_ENTRY_FILE_BYTES, and InvalidInputError for an empty file, a syntax error (with the
 * parser's line), another shape, no records, or more than MAX_ENTRIES_PER_FILE records.
 */
export function parseEntryFile(file: { fileName: string; content: string }): ParsedEntryFile {
  const { fileName } = file;
  const bytes = Buffer.byteLength(file.content, 'utf8');
  if (bytes > MAX_ENTRY_FILE_BYTES) {
    throw new PayloadTooLargeError(`${fileName} is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_ENTRY_FILE_BYTES / 1024 / 1024} MB`);
  }
  const text = file.content.replace(/^\uFEFF/, '');
  const refuse = (message: string, line?: number): never => {
    throw new InvalidInputError(`${fileName}: ${message}; nothing was imported`, [{ file: fileName, ...(line ? { line } : {}), message }]);
  };
  if (text.trim() === '') refuse('the file is empty');

  const json = /\.json$/i.test(fileName) || (!/\.ya?ml$/i.test(fileName) && /^\s*[[{]/.test(text));
  let root: unknown;
  let doc: Document | undefined;
  const lineCounter = new LineCounter();
  if (json) {
    try {
      root = JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      // The line is given on its own; V8's position and quoted excerpt would repeat it less readably.
      const reason = message.replace(/ (in JSON )?at position.*$/s, '').replace(/, (\.\.\.)?".*$/s, '');
      refuse(`invalid JSON: ${reason}`, lineAt(text, jsonErrorOffset(text)));
    }
  } else {
    doc = parseDocument(text, { lineCounter });
    const [first] = doc.errors;
    if (first) refuse(`invalid YAML: ${first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`, first.linePos?.[0].line);
    root = doc.toJS({ maxAliasCount: 100 });
  }

  if (root === null || root === undefined) refuse('the file is empty');
  const nested = !Array.isArray(root) && typeof root === 'object' && root !== null && 'entries' in root;
  const records = nested ? (root as { entries: unknown }).entries : root;
  if (!Array.isArray(records)) refuse('must be a list of entries, or an object with "entries": a list');
  const list = records as unknown[];
  if (list.length === 0) refuse('the file holds no entries');
  if (list.length > MAX_ENTRIES_PER_FILE) refuse(`the file holds ${list.length} entries; the limit is ${MAX_ENTRIES_PER_FILE}, so split it`);

  return {
    records: list,
    lineOf: (index, path) => {
      // JSON is read as YAML here (for this purpose a subset); only needed when there are problems.
      doc ??= parseDocument(text, { lineCounter, uniqueKeys: false });
      const base = nested ? ['entries', index] : [index];
      for (let depth = path.length; depth >= 0; depth -= 1) {
        const node = doc.getIn([...base, ...path.slice(0, depth)], true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}

function lineAt(text: string, offset: number | undefined): number | undefined {
  return offset === undefined ? undefined : text.slice(0, offset).split('\n').length;
}

/**
 * Where JSON.parse first fails in `text`. Node 20 gives no position for "Unexpected token", so the
 * shortest failing prefix is searched for: a prefix fails "inside" when the error lies before its end
 * (a prefix that merely stops early fails at its end, or parses).
 */
function jsonErrorOffset(text: string): number | undefined {
  const failsInside = (length: number): number | undefined => {
    try {
      JSON.parse(text.slice(0, length));
      return undefined;
    } catch (error) {
      const message = (error as Error).message;
      const position = /position (\d+)/.exec(message)?.[1];
      if (position !== undefined) return Number(position) < length ? Number(position) : undefined;
      return /end of JSON input/.test(message) ? undefined : length - 1;
    }
  };
  if (failsInside(text.length) === undefined) return undefined;
  let [low, high] = [0, text.length];
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (failsInside(mid) === undefined) low = mid + 1;
    else high = mid;
  }
  return failsInside(high);
}

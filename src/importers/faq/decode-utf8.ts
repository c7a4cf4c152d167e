// Decodes a CSV file's bytes as UTF-8, finding the line of the first byte that is not UTF-8.
import { isUtf8 } from 'node:buffer';

/** The text (a leading BOM removed), or the 1-based line holding the first invalid byte. */
export type Utf8Decoded = { text: string } | { invalidLine: number };

/**
 * Decodes `content` strictly as UTF-8. There is no fallback to Windows-1252: the sheet is
 * specified as UTF-8, and a guessed encoding would import misspelled answers unnoticed.
 */
export function decodeUtf8(content: Buffer): Utf8Decoded {
  if (isUtf8(content)) return { text: new TextDecoder('utf-8').decode(content) };
  // A multi-byte UTF-8 sequence never contains 0x0A, so each line can be checked on its own.
  let line = 1;
  let start = 0;
  for (;;) {
    const end = content.indexOf(0x0a, start);
    if (end === -1 || !isUtf8(content.subarray(start, end))) return { invalidLine: line };
    start = end + 1;
    line += 1;
  }
}

// Turns the bytes of a page or sitemap into text, in the charset the server or the document names.

const SNIFF_BYTES = 1024;

/**
 * Decodes `bytes` with the charset from `contentType`, else a byte order mark, else the
 * `<meta charset>` or `<?xml encoding>` in the first kilobyte, else UTF-8. An unknown charset
 * label falls back to UTF-8; invalid sequences become U+FFFD rather than failing the page.
 */
export function decodeText(bytes: Uint8Array, charset: string | undefined): string {
  const decoder = new TextDecoder(pickLabel(bytes, charset));
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

/** windows-1252's characters for the bytes 0x80–0x9F, where it differs from ISO-8859-1 (undefined bytes map to their C1 control, as in WHATWG). */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Node's TextDecoder decodes windows-1252 (and latin1/iso-8859-1, which WHATWG maps to it) as
 * plain ISO-8859-1, turning "€" (0x80) into a control character; older Flemish sites still
 * serve these charsets, so the 32 differing bytes are mapped here.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...Array.from(chunk, (byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte)));
  }
  return text;
}

function pickLabel(bytes: Uint8Array, charset: string | undefined): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const declared =
    charset ??
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head)?.[1];
  return declared && isKnownLabel(declared) ? declared.toLowerCase() : 'utf-8';
}

function isKnownLabel(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

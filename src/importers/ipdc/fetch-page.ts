// Fetches one feed page with a timeout, a size cap and the API key kept to the feed's own origin.

/** A page's text and how to read it. */
export interface FetchedPage {
  /** The URL the text came from, after redirects (relative links resolve against it). */
  url: string;
  contentType: string;
  text: string;
}

/** Either the page or why it could not be had (`status` when the server answered). */
export type FetchPageResult = { ok: true; page: FetchedPage } | { ok: false; status?: number; message: string };

const MAX_REDIRECTS = 5;
const REDIRECT = new Set([301, 302, 303, 307, 308]);

/**
 * GETs `url`. The whole exchange (redirects and body) must finish within `timeoutMs`; a body
 * over `maxBytes` is cut off and refused. Redirects are followed by hand so that `apiKey`
 * (sent as `x-api-key`) never goes to another origin. Never throws for network trouble.
 */
export async function fetchPage(
  url: string,
  options: { apiKey?: string; timeoutMs: number; maxBytes: number; fetch: typeof fetch },
): Promise<FetchPageResult> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let current = url;
  try {
    const origin = new URL(url).origin;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
      const headers: Record<string, string> = { accept: 'application/ld+json, text/turtle;q=0.9, application/json;q=0.8' };
      if (options.apiKey !== undefined && new URL(current).origin === origin) headers['x-api-key'] = options.apiKey;
      const response = await options.fetch(current, { headers, redirect: 'manual', signal });
      const location = response.headers.get('location');
      if (REDIRECT.has(response.status) && location !== null) {
        await response.body?.cancel();
        current = new URL(location, current).href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { ok: false, status: response.status, message: `HTTP ${response.status} ${response.statusText}`.trim() };
      }
      const text = await readCapped(response, options.maxBytes);
      if (text === undefined) return { ok: false, message: `the page is larger than ${options.maxBytes / 1024 / 1024} MB` };
      return { ok: true, page: { url: current, contentType: response.headers.get('content-type') ?? '', text } };
    }
    return { ok: false, message: `more than ${MAX_REDIRECTS} redirects` };
  } catch (error) {
    if (signal.aborted) return { ok: false, message: `no complete answer within ${options.timeoutMs} ms` };
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    return { ok: false, message: `could not be fetched: ${(error as Error).message}${cause ? ` (${cause})` : ''}` };
  }
}

/** The body as UTF-8 text, or undefined once it passes `maxBytes` (then the download stops). */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return undefined;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

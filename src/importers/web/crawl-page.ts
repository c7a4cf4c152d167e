// Decides one listed page's outcome: skip by sitemap lastmod, fetch conditionally, extract, compare the content hash.
import type { PageOutcome, PreviousPage, WebPage } from './types.js';
import { fetchResource, type FetchContext, type ResourceResult } from './fetch-resource.js';
import type { ListedPage } from './list-pages.js';
import { decodeText } from './decode-text.js';
import type { ExtractionPool } from './extraction-pool.js';
import { contentHash } from './content-hash.js';

/**
 * The outcome of one page. Host and robots.txt are checked first, even when the sitemap's
 * lastmod equals the previous one (then the page is `unchanged` without being fetched), so
 * a page newly disallowed is never reported as unchanged. Otherwise the page is fetched with
 * If-None-Match / If-Modified-Since from `previous` (unless listing already fetched it): 304
 * is `unchanged`, and so is a page whose extracted content hashes as before. Extraction runs on
 * `settings.extractor` (worker threads); a page it could not extract in time fails with the
 * reason. A page without any text fails, as there is nothing to answer from. Never throws.
 */
export async function crawlPage(
  context: FetchContext,
  settings: { maxBytes: number; extractor: Pick<ExtractionPool, 'extract'> },
  listed: ListedPage,
  previous: PreviousPage | undefined,
): Promise<PageOutcome> {
  const { url } = listed;
  const failed = (reason: string): PageOutcome => ({ url, status: 'failed', reason });
  let result = listed.fetched;
  if (!result) {
    const refusal = await refusalOf(context, url);
    if (refusal) return failed(refusal);
    if (previous?.lastmod && listed.lastmod === previous.lastmod) return { url, status: 'unchanged' };
    result = await fetchResource(context, {
      url,
      expect: 'page',
      maxBytes: settings.maxBytes,
      ...(previous?.etag ? { etag: previous.etag } : {}),
      ...(previous?.lastModified ? { lastModified: previous.lastModified } : {}),
    });
  }
  if (result.kind === 'failed') return failed(result.reason);
  if (result.kind === 'not-modified') return previous ? { url, status: 'unchanged' } : failed('HTTP 304 without an earlier version');
  const html = htmlOf(result);
  if (html === undefined) return failed('not an HTML page (no content-type, and the body is not HTML)');
  const extracted = await settings.extractor.extract(html, result.finalUrl);
  if (extracted.kind === 'failed') return failed(extracted.reason);
  const { title, sections } = extracted;
  if (sections.length === 0) return failed('no text found in the main content');
  const hash = contentHash(title, sections);
  if (previous?.contentHash === hash) return { url, status: 'unchanged' };
  const page: WebPage = {
    url,
    finalUrl: result.finalUrl,
    title,
    sections,
    ...(result.etag ? { etag: result.etag } : {}),
    ...(result.lastModified ? { lastModified: result.lastModified } : {}),
    ...(listed.lastmod ? { lastmod: listed.lastmod } : {}),
    contentHash: hash,
  };
  return { url, status: 'fetched', page };
}

async function refusalOf(context: FetchContext, url: string): Promise<string | undefined> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    if (error instanceof TypeError) return 'not a valid URL';
    throw error;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'not an http(s) URL';
  if (!context.isAllowedHost(parsed.host)) return `not on the crawled hosts (${parsed.host})`;
  return context.robotsRefusal(parsed);
}

/** The page's text, or undefined when a response without content-type does not look like HTML. */
function htmlOf(result: Extract<ResourceResult, { kind: 'ok' }>): string | undefined {
  const text = decodeText(result.bytes, result.charset);
  if (result.mediaType !== '') return text;
  return /<(?:!doctype\s+html|html|head|body|title|main|article|p|div|h[1-6])[\s>]/i.test(text.slice(0, 2048)) ? text : undefined;
}

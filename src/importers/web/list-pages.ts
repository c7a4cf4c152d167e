// Turns the crawl's URLs into the list of pages: sitemaps (and the sitemaps they index) expanded, page URLs kept.
import { gunzipSync } from 'node:zlib';
import type { Problem } from '../../errors/index.js';
import type { PreviousPage } from './types.js';
import { fetchResource, tooLarge, type FetchContext, type ResourceResult } from './fetch-resource.js';
import { decodeText } from './decode-text.js';
import { isHtmlType } from './media-type.js';
import { looksLikeSitemap, parseSitemap } from './sitemap.js';

/** Nesting levels of sitemaps read: the listed sitemap is level 1, an index may point to indexes once more. */
export const MAX_SITEMAP_DEPTH = 3;

/** A page to crawl; `fetched` is set when listing already fetched it (a page URL given directly). */
export interface ListedPage {
  url: string;
  lastmod?: string;
  fetched?: ResourceResult;
}

/** What listing needs besides the fetch context. */
export interface ListingSettings {
  maxBytes: number;
  maxPages: number;
  previous: ReadonlyMap<string, PreviousPage> | undefined;
}

/**
 * Fetches every URL once (in parallel, bounded per host by the scheduler): a response that is
 * sitemap XML (gzip too) is expanded, nested sitemaps followed in order up to
 * MAX_SITEMAP_DEPTH and each read once; anything else is a page, kept with its response so it
 * is not fetched twice. A page URL is fetched with its previous validators, since it may
 * answer 304. Pages come back in listing order, each URL once (the first listing wins). An
 * unreadable sitemap is a problem, not a page: a URL counts as meant for a sitemap when its
 * path says "sitemap" or ends in .xml(.gz). Reading URLs and sitemaps stops once `maxPages`
 * pages are known (a problem says what was left unread).
 */
export async function listPages(
  context: FetchContext,
  settings: ListingSettings,
  urls: readonly string[],
  problems: Problem[],
): Promise<ListedPage[]> {
  const visited = new Set<string>(urls);
  const listOne = async (url: string): Promise<ListedPage[]> => {
    const previous = settings.previous?.get(url);
    const result = await fetchResource(context, {
      url,
      expect: 'page-or-sitemap',
      maxBytes: settings.maxBytes,
      ...(previous?.etag ? { etag: previous.etag } : {}),
      ...(previous?.lastModified ? { lastModified: previous.lastModified } : {}),
    });
    if (result.kind === 'failed' && meantAsSitemap(url)) {
      problems.push({ file: url, message: `sitemap could not be read: ${result.reason}` });
      return [];
    }
    if (result.kind !== 'ok' || isHtmlType(result.mediaType)) return [{ url, fetched: result }];
    const text = sitemapText(result, settings.maxBytes);
    if (typeof text !== 'string') return [{ url, fetched: { kind: 'failed', reason: text.reason } }];
    if (looksLikeSitemap(text)) return expand(context, settings, text, result.finalUrl, 1, visited, problems);
    if (result.mediaType === '' && !meantAsSitemap(url)) return [{ url, fetched: result }]; // sniffed as a page later
    if (meantAsSitemap(url)) {
      problems.push({ file: url, message: 'not a sitemap (no <urlset> or <sitemapindex>)' });
      return [];
    }
    return [{ url, fetched: { kind: 'failed', reason: `not an HTML page (content-type ${result.mediaType})` } }];
  };
  // In batches no larger than the pages still wanted, so a long list of page URLs is not
  // fetched past maxPages, while each batch still runs in parallel.
  const pending = [...visited];
  const listed: ListedPage[] = [];
  while (pending.length > 0 && listed.length < settings.maxPages) {
    const batch = pending.splice(0, settings.maxPages - listed.length);
    for (const pages of await Promise.all(batch.map(listOne))) listed.push(...pages);
  }
  if (pending.length > 0) {
    problems.push({ field: 'urls', message: `${pending.length} URL(s) not read: maxPages (${settings.maxPages}) reached` });
  }
  return mergeDuplicates(listed);
}

/** Each URL once, where it was first listed, with a sitemap's lastmod and a direct fetch's response combined. */
function mergeDuplicates(pages: ListedPage[]): ListedPage[] {
  const byUrl = new Map<string, ListedPage>();
  for (const page of pages) {
    const first = byUrl.get(page.url);
    if (!first) byUrl.set(page.url, { ...page });
    else Object.assign(first, { ...(first.lastmod ? {} : page.lastmod ? { lastmod: page.lastmod } : {}), ...(first.fetched ? {} : page.fetched ? { fetched: page.fetched } : {}) });
  }
  return [...byUrl.values()];
}

async function expand(
  context: FetchContext,
  settings: ListingSettings,
  xml: string,
  sitemapUrl: string,
  depth: number,
  visited: Set<string>,
  problems: Problem[],
): Promise<ListedPage[]> {
  const parsed = parseSitemap(xml, sitemapUrl);
  const pages: ListedPage[] = parsed.pages.map((page) => ({ ...page }));
  for (const [index, nested] of parsed.sitemaps.entries()) {
    if (visited.has(nested)) continue;
    visited.add(nested);
    if (pages.length >= settings.maxPages) {
      problems.push({ file: sitemapUrl, message: `${parsed.sitemaps.length - index} sitemap(s) not read: maxPages (${settings.maxPages}) reached` });
      break;
    }
    if (depth >= MAX_SITEMAP_DEPTH) {
      problems.push({ file: nested, message: `sitemap not read: nested deeper than ${MAX_SITEMAP_DEPTH} levels` });
      continue;
    }
    const result = await fetchResource(context, { url: nested, expect: 'sitemap', maxBytes: settings.maxBytes });
    if (result.kind !== 'ok') {
      problems.push({ file: nested, message: `sitemap could not be read: ${result.kind === 'failed' ? result.reason : 'HTTP 304'}` });
      continue;
    }
    const text = sitemapText(result, settings.maxBytes);
    if (typeof text !== 'string') {
      problems.push({ file: nested, message: `sitemap could not be read: ${text.reason}` });
    } else if (!looksLikeSitemap(text)) {
      problems.push({ file: nested, message: 'not a sitemap (no <urlset> or <sitemapindex>)' });
    } else {
      pages.push(...(await expand(context, settings, text, result.finalUrl, depth + 1, visited, problems)));
    }
  }
  return pages;
}

/** The text of a sitemap response, gunzipped when it is a .gz file (limited to `maxBytes` unpacked). */
function sitemapText(result: Extract<ResourceResult, { kind: 'ok' }>, maxBytes: number): string | { reason: string } {
  let bytes = result.bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: maxBytes });
    } catch (error) {
      if (error instanceof RangeError) return { reason: tooLarge(maxBytes) };
      return { reason: `not valid gzip (${error instanceof Error ? error.message : String(error)})` };
    }
  }
  return decodeText(bytes, result.charset);
}

function meantAsSitemap(url: string): boolean {
  try {
    const path = new URL(url).pathname.toLowerCase();
    return path.includes('sitemap') || path.endsWith('.xml') || path.endsWith('.xml.gz');
  } catch (error) {
    if (error instanceof TypeError) return false; // an invalid URL fails as a page, with its reason
    throw error;
  }
}

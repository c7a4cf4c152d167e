// Reads sitemap XML (sitemaps.org 0.9): the pages of a urlset and the sitemaps of a sitemapindex.
import { DOMParser } from 'linkedom';

/** The pages (with their <lastmod>) and nested sitemaps one sitemap file lists. */
export interface ParsedSitemap {
  pages: Array<{ url: string; lastmod?: string }>;
  sitemaps: string[];
}

/**
 * Parses a `<urlset>` into pages and a `<sitemapindex>` into sitemaps; other XML gives both
 * empty. `<loc>` is resolved against `baseUrl` (the protocol wants absolute URLs, but relative
 * ones are common enough), fragments are dropped, non-http(s) and unparseable locations are
 * skipped and duplicates kept once (first wins). Only the `<loc>` and `<lastmod>` directly in a
 * `<url>` or `<sitemap>` count, so image and news extensions do not add pages. Pure; never throws.
 */
export function parseSitemap(xml: string, baseUrl: string): ParsedSitemap {
  const result: ParsedSitemap = { pages: [], sitemaps: [] };
  const root = parseXml(xml);
  if (!root) return result;
  // The sitemap elements share the root's prefix (usually none); image:loc and news:… are other vocabularies.
  const rootName = root.tagName.toLowerCase();
  const prefix = rootName.slice(0, rootName.indexOf(':') + 1);
  const kind = rootName.slice(prefix.length);
  const entryName = kind === 'urlset' ? 'url' : kind === 'sitemapindex' ? 'sitemap' : undefined;
  if (!entryName) return result;
  const seen = new Set<string>();
  for (const entry of Array.from(root.children)) {
    if (entry.tagName.toLowerCase() !== prefix + entryName) continue;
    const loc = resolve(childText(entry, prefix + 'loc'), baseUrl);
    if (!loc || seen.has(loc)) continue;
    seen.add(loc);
    if (entryName === 'sitemap') {
      result.sitemaps.push(loc);
    } else {
      const lastmod = childText(entry, prefix + 'lastmod');
      result.pages.push(lastmod ? { url: loc, lastmod } : { url: loc });
    }
  }
  return result;
}

/** True when `text` is sitemap XML (its root is `<urlset>` or `<sitemapindex>`), judged from its start. */
export function looksLikeSitemap(text: string): boolean {
  const start = text.slice(0, 4096).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '').trimStart();
  return /^<(?:[\w-]+:)?(?:urlset|sitemapindex)[\s>/]/i.test(start);
}

function parseXml(xml: string): Element | undefined {
  try {
    // linkedom's typings describe its own node structs; the object is a DOM Document.
    const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
    return document.documentElement ?? undefined;
  } catch (error) {
    // linkedom's XML parser is lenient; should it still throw, the text is simply not a sitemap.
    if (error instanceof Error) return undefined;
    throw error;
  }
}

function childText(element: Element, name: string): string | undefined {
  const child = Array.from(element.children).find((candidate) => candidate.tagName.toLowerCase() === name);
  const text = child?.textContent?.trim();
  return text ? text : undefined;
}

function resolve(loc: string | undefined, baseUrl: string): string | undefined {
  if (!loc) return undefined;
  try {
    const url = new URL(loc, baseUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch (error) {
    if (error instanceof TypeError) return undefined; // an unparseable <loc> is skipped, as the doc comment says
    throw error;
  }
}

// The shapes the web importer hands back: pages, their sections and what happened to each URL.
import type { Problem } from '../../errors/index.js';
import type { ExtractionPool } from './extraction-pool.js';

/** One part of a page's main content: a heading and the Markdown under it. */
export interface WebSection {
  heading: string;
  /** Markdown */
  text: string;
}

/** A fetched page with its main content. */
export interface WebPage {
  /** The URL as listed (sitemap or list). */
  url: string;
  /** After redirects. */
  finalUrl: string;
  title: string;
  /** Main content split at h2/h3 (the text before the first heading gets the page title as heading); empty sections dropped. */
  sections: WebSection[];
  etag?: string;
  lastModified?: string;
  /** sitemap <lastmod> when known. */
  lastmod?: string;
  /** sha256 of the extracted sections (so a page whose boilerplate changed but content did not counts as unchanged). */
  contentHash: string;
}

/** What an earlier crawl stored about a page, for conditional requests and change detection. */
export interface PreviousPage {
  url: string;
  etag?: string;
  lastModified?: string;
  lastmod?: string;
  contentHash: string;
}

/** What happened to one listed page URL. */
export type PageOutcome =
  | { url: string; status: 'fetched'; page: WebPage }
  /** 304, or same sitemap lastmod, or same contentHash. */
  | { url: string; status: 'unchanged' }
  /** One failing page never stops the others. */
  | { url: string; status: 'failed'; reason: string };

/** What to crawl and how politely. */
export interface CrawlOptions {
  /** Sitemap URL(s) or page URLs; a URL whose response is a sitemap (urlset or sitemapindex XML) is expanded (nested index files followed, depth ≤ 3). */
  urls: string[];
  previous?: ReadonlyMap<string, PreviousPage>;
  /** Default "LoketBot/1.0 (+https://github.com/…loket)"; used for robots.txt too. */
  userAgent?: string;
  /** Default 2 per host. */
  concurrency?: number;
  /** Default 250 between requests to one host (politeness); robots Crawl-delay is honoured when larger. */
  delayMs?: number;
  /** Default 15000 per request (headers and body). */
  timeoutMs?: number;
  /** Default 5 MB per page: reading stops and the page fails when exceeded (the body is streamed; content-length is not trusted alone). */
  maxBytes?: number;
  /** Default 2000. */
  maxPages?: number;
  /** Default true: only pages on the hosts of the given URLs. */
  sameHostOnly?: boolean;
  /**
   * Extracts the pages off the calling thread; default a pool of the crawl's own, closed when it
   * ends. Pass one to share it across crawls or to set its time limit; its owner closes it.
   */
  extractor?: ExtractionPool;
  /**
   * Stops the crawl (a server shutting down): no further page is started, requests in flight are
   * aborted, and the crawl rejects with the signal's reason rather than return a partial result,
   * which would read as pages removed from the site.
   */
  signal?: AbortSignal;
  /** For tests. */
  fetch?: typeof fetch;
  onProgress?: (done: number, total: number, url: string) => void;
}

/** Every page's outcome, in listing order, and the problems that are not one page's (e.g. sitemap unreadable). */
export interface CrawlResult {
  outcomes: PageOutcome[];
  problems: Problem[];
}

// Crawls a municipality's site politely: lists pages from sitemaps or URLs, then fetches and extracts each.
import pLimit from 'p-limit';
import type { Problem } from '../../errors/index.js';
import type { CrawlOptions, CrawlResult, PageOutcome } from './types.js';
import { createHostScheduler } from './host-scheduler.js';
import { createRobotsGate } from './robots.js';
import type { FetchContext } from './fetch-resource.js';
import { listPages } from './list-pages.js';
import { crawlPage } from './crawl-page.js';
import { createExtractionPool } from './extraction-pool.js';
import { retryingStaleConnections } from '../../net/index.js';

/** Sent with every request, robots.txt included. ASCII only: a header value cannot hold "…". */
export const DEFAULT_USER_AGENT = 'LoketBot/1.0 (+https://github.com/loket)';

const DEFAULTS = {
  concurrency: 2,
  delayMs: 250,
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxPages: 2000,
  sameHostOnly: true,
};

/**
 * Crawls `options.urls` (see CrawlOptions for every default) and returns one outcome per listed
 * page, in listing order, plus the problems that are not one page's: an invalid URL in
 * `urls`, an unreadable sitemap or robots.txt, pages beyond `maxPages`. At most `concurrency`
 * requests are in flight per host, started at least `delayMs` (or the robots Crawl-delay)
 * apart; robots.txt is read once per origin. Pages are extracted on `options.extractor`, or on
 * a pool of the crawl's own that is closed when it ends; at most twice the requests allowed in
 * flight are in hand (being fetched or waiting to be extracted), so a slow extraction slows the
 * fetching instead of piling pages up in memory. A page's failure never stops the others.
 * Only an exception thrown by `onProgress`, or `options.signal` aborting, rejects the promise.
 *
 * A page missing from the outcomes was not listed this time; when `problems` names an
 * unreadable sitemap, that says nothing about whether the page still exists.
 */
export async function crawlSite(options: CrawlOptions): Promise<CrawlResult> {
  const settings = { ...DEFAULTS, ...definedOnly(options) };
  const problems: Problem[] = [];
  const urls = options.urls.filter((url) => {
    if (isHttpUrl(url)) return true;
    problems.push({ field: 'urls', message: `not an http(s) URL: "${url}"` });
    return false;
  });
  const hosts = new Set(urls.map((url) => new URL(url).host));
  // A GET on a keep-alive connection the site just closed is sent again once (it never reached the site).
  const signal = options.signal;
  const staleSafe = retryingStaleConnections(options.fetch ?? globalThis.fetch);
  const doFetch: typeof fetch = signal
    ? (input, init) => staleSafe(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal })
    : staleSafe;
  signal?.throwIfAborted();
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  const scheduler = createHostScheduler({ concurrency: settings.concurrency, delayMs: settings.delayMs });
  const robots = createRobotsGate({ fetch: doFetch, userAgent, timeoutMs: settings.timeoutMs, scheduler });
  const context: FetchContext = {
    fetch: doFetch,
    userAgent,
    timeoutMs: settings.timeoutMs,
    scheduler,
    isAllowedHost: (host) => !settings.sameHostOnly || hosts.has(host),
    robotsRefusal: (url) => robots.refusal(url),
  };

  const listed = await listPages(
    context,
    { maxBytes: settings.maxBytes, maxPages: settings.maxPages, previous: options.previous },
    urls,
    problems,
  );
  if (listed.length > settings.maxPages) {
    problems.push({ field: 'maxPages', message: `${listed.length - settings.maxPages} page(s) not crawled: more than maxPages (${settings.maxPages}) listed` });
  }
  signal?.throwIfAborted();
  const pages = listed.slice(0, settings.maxPages);
  const extractor = options.extractor ?? createExtractionPool();
  const pageHosts = new Set(pages.map((page) => hostOf(page.url)).filter((host) => host !== undefined));
  const inHand = pLimit(2 * Math.max(1, Math.floor(settings.concurrency)) * Math.max(1, pageHosts.size));
  let done = 0;
  try {
    const outcomes = await Promise.all(
      pages.map((page) =>
        inHand(async (): Promise<PageOutcome> => {
          signal?.throwIfAborted();
          const outcome = await crawlPage(context, { maxBytes: settings.maxBytes, extractor }, page, options.previous?.get(page.url));
          done += 1;
          options.onProgress?.(done, pages.length, page.url);
          return outcome;
        }),
      ),
    );
    // Pages in hand when the signal came failed for that reason, not for one of their own.
    signal?.throwIfAborted();
    return { outcomes, problems: [...problems, ...robots.problems] };
  } finally {
    if (!options.extractor) await extractor.close();
  }
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch (error) {
    if (error instanceof TypeError) return undefined; // crawlPage reports it as not a valid URL
    throw error;
  }
}

function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch (error) {
    if (error instanceof TypeError) return false;
    throw error;
  }
}

/** The numeric and boolean options that are set, so an explicit undefined keeps the default. */
function definedOnly(options: CrawlOptions): Partial<typeof DEFAULTS> {
  const picked: Partial<typeof DEFAULTS> = {};
  for (const key of Object.keys(DEFAULTS) as Array<keyof typeof DEFAULTS>) {
    const value = options[key];
    if (value !== undefined) Object.assign(picked, { [key]: value });
  }
  return picked;
}

// Fetches one URL for the crawler: robots and host checks on every hop, redirects, validators, timeout and size limit.
import type { HostScheduler } from './host-scheduler.js';
import { isHtmlType, isSitemapCandidateType, mediaType, charsetOf } from './media-type.js';
import { readLimitedBody } from './read-limited-body.js';
import { describeNetworkError } from './describe-network-error.js';

/** Redirects followed before a URL fails; the sixth redirect in a row fails it. */
export const MAX_REDIRECTS = 5;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** What a fetch may use and must respect. */
export interface FetchContext {
  fetch: typeof fetch;
  userAgent: string;
  timeoutMs: number;
  scheduler: HostScheduler;
  /** False for a host the crawl must not touch (sameHostOnly). */
  isAllowedHost(host: string): boolean;
  /** Why robots.txt forbids `url`, or undefined when it is allowed. */
  robotsRefusal(url: URL): Promise<string | undefined>;
}

/** One URL to fetch and what its body must be. */
export interface ResourceRequest {
  url: string;
  /** 'page' accepts HTML, 'sitemap' XML-ish types, 'page-or-sitemap' both; a missing content-type passes to be sniffed. */
  expect: 'page' | 'sitemap' | 'page-or-sitemap';
  maxBytes: number;
  /** Validators from an earlier fetch, sent as If-None-Match and If-Modified-Since. */
  etag?: string;
  lastModified?: string;
}

/** The body after redirects, a 304, or why the URL failed (a reason fit to show staff). */
export type ResourceResult =
  | {
      kind: 'ok';
      finalUrl: string;
      /** Lower-cased media type, '' when the server sent none. */
      mediaType: string;
      charset?: string;
      bytes: Uint8Array;
      etag?: string;
      lastModified?: string;
    }
  | { kind: 'not-modified'; finalUrl: string }
  | { kind: 'failed'; reason: string };

type Hop = ResourceResult | { kind: 'redirect'; location: URL };

/**
 * Fetches `request.url`, following up to MAX_REDIRECTS redirects. Each hop is checked against
 * the allowed hosts and robots.txt and runs through the scheduler of its own host, which it
 * holds until its body is read or cancelled. `timeoutMs` covers one hop's headers and body.
 * Never throws for anything the network or server does: that becomes `failed`.
 */
export async function fetchResource(context: FetchContext, request: ResourceRequest): Promise<ResourceResult> {
  let current: URL;
  try {
    current = new URL(request.url);
  } catch (error) {
    if (error instanceof TypeError) return { kind: 'failed', reason: 'not a valid URL' };
    throw error;
  }
  for (let hop = 0; ; hop++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') {
      return { kind: 'failed', reason: hop === 0 ? 'not an http(s) URL' : `redirected to a non-http(s) URL (${current.protocol})` };
    }
    if (!context.isAllowedHost(current.host)) {
      return { kind: 'failed', reason: hop === 0 ? `not on the crawled hosts (${current.host})` : `redirected to another host (${current.host})` };
    }
    const refusal = await context.robotsRefusal(current);
    if (refusal) return { kind: 'failed', reason: hop === 0 ? refusal : `${refusal} (after a redirect to ${current.href})` };
    const target = current;
    const result = await context.scheduler.run(target.host, () => fetchOnce(context, request, target));
    if (result.kind !== 'redirect') return result;
    if (hop === MAX_REDIRECTS) return { kind: 'failed', reason: `too many redirects (more than ${MAX_REDIRECTS})` };
    current = result.location;
  }
}

async function fetchOnce(context: FetchContext, request: ResourceRequest, url: URL): Promise<Hop> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), context.timeoutMs);
  try {
    const response = await context.fetch(url.href, {
      redirect: 'manual',
      signal: controller.signal,
      headers: requestHeaders(context.userAgent, request),
    });
    const early = judgeHeaders(response, request, url);
    if (early) {
      await discard(response);
      return early;
    }
    const body = await readLimitedBody(response.body, request.maxBytes);
    if (body.exceeded) return { kind: 'failed', reason: tooLarge(request.maxBytes) };
    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    const charset = charsetOf(response.headers.get('content-type'));
    return {
      kind: 'ok',
      finalUrl: url.href,
      mediaType: mediaType(response.headers.get('content-type')),
      bytes: body.bytes,
      ...(charset ? { charset } : {}),
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
    };
  } catch (error) {
    if (controller.signal.aborted) return { kind: 'failed', reason: `timed out after ${context.timeoutMs} ms` };
    return { kind: 'failed', reason: `network error (${describeNetworkError(error)})` };
  } finally {
    clearTimeout(timer);
  }
}

function requestHeaders(userAgent: string, request: ResourceRequest): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': userAgent,
    accept:
      request.expect === 'sitemap'
        ? 'application/xml,text/xml;q=0.9,*/*;q=0.5'
        : 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5',
    'accept-language': 'nl-BE,nl;q=0.9,*;q=0.5',
  };
  if (request.etag) headers['if-none-match'] = request.etag;
  if (request.lastModified) headers['if-modified-since'] = request.lastModified;
  return headers;
}

/** The outcome decided by status and headers alone, or undefined when the body is to be read. */
function judgeHeaders(response: Response, request: ResourceRequest, url: URL): Hop | undefined {
  const { status } = response;
  if (REDIRECT_STATUSES.has(status)) {
    const location = response.headers.get('location');
    if (!location) return { kind: 'failed', reason: `HTTP ${status} redirect without a Location` };
    try {
      return { kind: 'redirect', location: new URL(location, url) };
    } catch (error) {
      if (error instanceof TypeError) return { kind: 'failed', reason: `HTTP ${status} redirect to an invalid Location` };
      throw error;
    }
  }
  if (status === 304) return { kind: 'not-modified', finalUrl: url.href };
  if (status < 200 || status > 299) {
    return { kind: 'failed', reason: `HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}` };
  }
  if (status === 204) return { kind: 'failed', reason: 'HTTP 204 No Content' };
  const type = mediaType(response.headers.get('content-type'));
  if (!accepts(request.expect, type)) {
    return { kind: 'failed', reason: `${request.expect === 'sitemap' ? 'not a sitemap' : 'not an HTML page'} (content-type ${type})` };
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > request.maxBytes) return { kind: 'failed', reason: tooLarge(request.maxBytes) };
  return undefined;
}

function accepts(expect: ResourceRequest['expect'], type: string): boolean {
  if (type === '') return true;
  if (expect === 'page') return isHtmlType(type);
  if (expect === 'sitemap') return isSitemapCandidateType(type);
  return isHtmlType(type) || isSitemapCandidateType(type);
}

async function discard(response: Response): Promise<void> {
  // Cancelling frees the connection; the response is already judged, so a failing cancel changes nothing.
  await response.body?.cancel().catch(() => undefined);
}

/** "too large (more than 5 MB)" for whole mebibytes, else the byte count. */
export function tooLarge(maxBytes: number): string {
  const mb = maxBytes / (1024 * 1024);
  return `too large (more than ${Number.isInteger(mb) ? `${mb} MB` : `${maxBytes} bytes`})`;
}

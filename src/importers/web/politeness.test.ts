// The crawler is polite: bounded requests in flight per host, spacing between them, and robots.txt obeyed.
import { after, afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { crawlSite, createExtractionPool, type PageOutcome } from './index.js';
import { delayed, html, redirect, send, silent, startFixtureServer, status, type FixtureServer, type Route } from './test-support/fixture-server.js';

const page = (name: string): Route => html(`<main><h1>${name}</h1><p>Informatie over ${name}.</p></main>`);
const PAGES = ['/a', '/b', '/c', '/d', '/e', '/f', '/g', '/h'];

let server: FixtureServer | undefined;
afterEach(() => server?.close());
// Shared by the politeness tests, as starting a worker under tsx takes a second; the robots.txt tests start their own.
const extractor = createExtractionPool();
after(() => extractor.close());

async function site(robots: Route, extra: Record<string, Route> = {}, pageDelayMs = 0): Promise<FixtureServer> {
  server = await startFixtureServer(() => ({
    '/robots.txt': robots,
    ...Object.fromEntries(PAGES.map((path) => [path, pageDelayMs > 0 ? delayed(pageDelayMs, page(path)) : page(path)])),
    ...extra,
  }));
  return server;
}

const urls = (origin: string, paths = PAGES) => paths.map((path) => origin + path);
const reasons = (outcomes: PageOutcome[]) => outcomes.map((outcome) => (outcome.status === 'failed' ? outcome.reason : outcome.status));

/** A fetch that records when each request starts (client side: arrival times at the server jitter with connection set-up). */
function timedFetch(): { fetch: typeof fetch; gaps(): number[] } {
  const starts: number[] = [];
  return {
    fetch: (input, init) => {
      starts.push(performance.now());
      return fetch(input, init);
    },
    gaps: () => starts.slice(1).map((time, index) => time - starts[index]!),
  };
}

/**
 * The exact spacing between starts is proved on a fake clock in host-scheduler.test.ts. Here, on
 * real time, a request leaves a little after the scheduler stamps its start (a few microtasks, or
 * several milliseconds on a busy machine), so two gaps can differ by that lag. 20 ms absorbs it
 * and still fails when the delay is not applied (the gaps are then a few milliseconds).
 */
const SEND_LAG_MS = 20;
function assertSpacedBy(gaps: number[], ms: number): void {
  const floor = ms - SEND_LAG_MS;
  for (const gap of gaps) assert.ok(gap >= floor, `requests ${gap.toFixed(1)} ms apart, below ${floor} ms: ${gaps.map((g) => g.toFixed(1)).join(', ')}`);
}

describe('politeness', () => {
  it('never has more than 2 requests in flight on one host by default, and does use both', async () => {
    // Each page answers after 40 ms, so unbounded requests would overlap eight-fold.
    const fixture = await site(status(404), {}, 40);
    const result = await crawlSite({ urls: urls(fixture.origin), delayMs: 0, extractor });
    assert.deepEqual(reasons(result.outcomes), PAGES.map(() => 'fetched'));
    assert.equal(fixture.maxInFlight, 2);
  });

  it('honours a concurrency of 1', async () => {
    const fixture = await site(status(404), {}, 20);
    await crawlSite({ urls: urls(fixture.origin, PAGES.slice(0, 4)), delayMs: 0, concurrency: 1, extractor });
    assert.equal(fixture.maxInFlight, 1);
  });

  it('starts requests to one host at least delayMs apart', async () => {
    const fixture = await site(status(404));
    const timed = timedFetch();
    await crawlSite({ urls: urls(fixture.origin, PAGES.slice(0, 4)), delayMs: 80, fetch: timed.fetch, extractor });
    assert.equal(timed.gaps().length, 4); // robots.txt and four pages
    assertSpacedBy(timed.gaps(), 80);
  });

  it('fetches no further ahead of a slow extraction than twice the requests allowed in flight', async () => {
    // Listed by a sitemap: page URLs given directly are fetched while listing, to tell pages from sitemaps.
    const sitemap = `<urlset>${PAGES.map((path) => `<url><loc>${path}</loc></url>`).join('')}</urlset>`;
    const fixture = await site(status(404), { '/sitemap.xml': send('application/xml', sitemap) });
    // Extraction one page at a time, 100 ms each, where fetching a local page takes a few ms.
    let turn = Promise.resolve();
    const slow = {
      extract: (body: string, url: string) => {
        turn = turn.then(() => new Promise((resolve) => setTimeout(resolve, 100)));
        return turn.then(() => extractor.extract(body, url));
      },
      close: async () => undefined,
    };
    let fetched = 0;
    let done = 0;
    let mostInHand = 0;
    const result = await crawlSite({
      urls: [`${fixture.origin}/sitemap.xml`],
      delayMs: 0,
      concurrency: 1,
      extractor: slow,
      fetch: (input, init) => {
        if (!/\/(?:robots\.txt|sitemap\.xml)$/.test(String(input))) mostInHand = Math.max(mostInHand, (fetched += 1) - done);
        return fetch(input, init);
      },
      onProgress: (count) => {
        done = count;
      },
    });
    assert.deepEqual(reasons(result.outcomes), PAGES.map(() => 'fetched'));
    assert.equal(mostInHand, 2);
  });

  it('honours a robots.txt Crawl-delay larger than delayMs', async () => {
    const fixture = await site(send('text/plain', 'User-agent: *\nCrawl-delay: 0.2\n'));
    const timed = timedFetch();
    await crawlSite({ urls: urls(fixture.origin, PAGES.slice(0, 3)), delayMs: 10, fetch: timed.fetch, extractor });
    assert.equal(timed.gaps().length, 3);
    assertSpacedBy(timed.gaps(), 200);
  });
});

describe('stopping a crawl', () => {
  it('starts no page after the signal, and rejects rather than return part of the site', async () => {
    // Listed by a sitemap: page URLs given directly are fetched while listing (to see whether they are sitemaps).
    const fixture = await site(status(404), {
      '/sitemap.xml': (request, response) =>
        send('application/xml', `<urlset>${PAGES.map((path) => `<url><loc>http://${request.headers.host}${path}</loc></url>`).join('')}</urlset>`)(request, response),
    }, 30);
    const stop = new AbortController();
    const crawl = crawlSite({
      urls: [`${fixture.origin}/sitemap.xml`], delayMs: 50, concurrency: 1, signal: stop.signal,
      onProgress: (done) => {
        if (done === 2) stop.abort(new Error('server stopping'));
      },
    });
    await assert.rejects(crawl, /server stopping/);
    const isPage = (request: { path: string }) => PAGES.includes(request.path);
    const pagesAsked = fixture.requests.filter(isPage).length;
    assert.ok(pagesAsked >= 2 && pagesAsked <= 3, `${pagesAsked} of 8 pages were requested`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(fixture.requests.filter(isPage).length, pagesAsked, 'nothing is requested after the crawl ended');
  });

  it('does not start when the signal has already fired', async () => {
    const fixture = await site(status(404));
    await assert.rejects(crawlSite({ urls: urls(fixture.origin), signal: AbortSignal.abort(new Error('stopped')) }), /stopped/);
    assert.equal(fixture.requests.length, 0);
  });
});

describe('robots.txt', () => {
  it('applies the group for our user agent, and checks redirect targets and sitemaps too', async () => {
    const robots = 'User-agent: *\nDisallow: /\n\nUser-agent: LoketBot\nDisallow: /intern/\nDisallow: /sitemap.xml\n';
    const fixture = await site(send('text/plain', robots), {
      '/oud': redirect('/intern/lijst'),
      '/intern/lijst': page('lijst'),
      '/sitemap.xml': send('application/xml', '<urlset></urlset>'),
    });
    const result = await crawlSite({ urls: urls(fixture.origin, ['/a', '/intern/lijst', '/oud', '/sitemap.xml']), delayMs: 0 });
    assert.deepEqual(reasons(result.outcomes), [
      'fetched',
      'disallowed by robots.txt',
      `disallowed by robots.txt (after a redirect to ${fixture.origin}/intern/lijst)`,
    ]);
    assert.deepEqual(result.problems, [{ file: `${fixture.origin}/sitemap.xml`, message: 'sitemap could not be read: disallowed by robots.txt' }]);
    assert.equal(fixture.requestsTo('/intern/lijst').length, 0);
    assert.equal(fixture.requestsTo('/sitemap.xml').length, 0);
  });

  it('falls back to the * group for another user agent, which it sends', async () => {
    const fixture = await site(send('text/plain', 'User-agent: *\nDisallow: /\n\nUser-agent: LoketBot\nAllow: /\n'));
    const result = await crawlSite({ urls: urls(fixture.origin, ['/a']), delayMs: 0, userAgent: 'GemeenteTest/2.0 (+https://leiebeek.be)' });
    assert.deepEqual(reasons(result.outcomes), ['disallowed by robots.txt']);
    assert.equal(fixture.requestsTo('/robots.txt')[0]!.headers['user-agent'], 'GemeenteTest/2.0 (+https://leiebeek.be)');
  });

  it('treats a robots.txt answering 5xx as disallowing everything on that host, with a problem', async () => {
    const fixture = await site(status(503));
    const result = await crawlSite({ urls: urls(fixture.origin, ['/a', '/b']), delayMs: 0 });
    assert.deepEqual(reasons(result.outcomes), [
      'disallowed by robots.txt (robots.txt could not be read: HTTP 503)',
      'disallowed by robots.txt (robots.txt could not be read: HTTP 503)',
    ]);
    assert.deepEqual(result.problems, [
      {
        file: `${fixture.origin}/robots.txt`,
        message: `robots.txt could not be read (HTTP 503); nothing on ${fixture.host} is fetched, as if all were disallowed`,
      },
    ]);
    assert.equal(fixture.requests.length, 1, 'only robots.txt was requested');
  });

  it('treats a robots.txt that times out the same way', async () => {
    const fixture = await site(silent);
    const result = await crawlSite({ urls: urls(fixture.origin, ['/a']), delayMs: 0, timeoutMs: 150 });
    assert.deepEqual(reasons(result.outcomes), ['disallowed by robots.txt (robots.txt could not be read: timed out after 150 ms)']);
    assert.equal(result.problems.length, 1);
  });
});

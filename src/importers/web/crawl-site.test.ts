// The crawler against a local municipal site: extraction, every failure, re-sync with previous, the limits.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { crawlSite, createExtractionPool, type CrawlResult, type PageOutcome, type PreviousPage, type WebPage } from './index.js';
import { droppedFirst, startFixtureServer, type FixtureServer, html, status } from './test-support/fixture-server.js';
import { GOOD_PAGES, initialSiteState, municipalSite, type SiteState } from './test-support/municipal-site.js';

// No politeness delay, to keep the tests fast; a generous timeout for a busy machine; one extraction
// pool for the file, as starting a worker under tsx takes a second (a crawl without one starts its own).
const extractor = createExtractionPool();
after(() => extractor.close());
const FAST = { delayMs: 0, timeoutMs: 5000, extractor };

function byPath(result: CrawlResult, origin: string): Map<string, PageOutcome> {
  return new Map(result.outcomes.map((outcome) => [outcome.url.replace(origin, ''), outcome]));
}

function fetchedPage(outcome: PageOutcome | undefined): WebPage {
  assert.equal(outcome?.status, 'fetched', JSON.stringify(outcome));
  return (outcome as Extract<PageOutcome, { status: 'fetched' }>).page;
}

function reasonOf(outcome: PageOutcome | undefined): string {
  assert.equal(outcome?.status, 'failed', JSON.stringify(outcome));
  return (outcome as Extract<PageOutcome, { status: 'failed' }>).reason;
}

function previousFrom(result: CrawlResult): Map<string, PreviousPage> {
  const previous = new Map<string, PreviousPage>();
  for (const outcome of result.outcomes) {
    if (outcome.status !== 'fetched') continue;
    const { url, etag, lastModified, lastmod, contentHash } = outcome.page;
    previous.set(url, { url, contentHash, ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}), ...(lastmod ? { lastmod } : {}) });
  }
  return previous;
}

describe('crawlSite on a municipal site', () => {
  let server: FixtureServer;
  let state: SiteState;
  let first: CrawlResult;
  const progress: Array<[number, number]> = [];

  before(async () => {
    state = initialSiteState();
    server = await startFixtureServer(({ origin }) => municipalSite(state, origin));
    first = await crawlSite({ urls: [`${server.origin}/sitemap.xml`], ...FAST, onProgress: (done, total) => progress.push([done, total]) });
  });
  after(() => server.close());

  it('lists every page of the nested sitemaps, in sitemap order, each once', () => {
    assert.deepEqual(
      first.outcomes.map((outcome) => outcome.url.replace(server.origin, '')),
      [...GOOD_PAGES, '/intern/personeel', '/bestaat-niet', '/weg', '/fout', '/groot', '/groot-met-lengte', '/documenten/reglement.pdf', '/naar-elders', '/lus', 'https://elders.example/pagina'],
    );
    assert.deepEqual(first.problems, []);
  });

  it('extracts the identity card page: title, sections split at h2/h3, no boilerplate', () => {
    const page = fetchedPage(byPath(first, server.origin).get('/burgerzaken/identiteitskaart'));
    assert.equal(page.title, 'Identiteitskaart aanvragen');
    assert.equal(page.lastmod, '2024-05-01');
    assert.equal(page.finalUrl, `${server.origin}/burgerzaken/identiteitskaart`);
    assert.deepEqual(
      page.sections.map((section) => section.heading),
      ['Identiteitskaart aanvragen', 'Wat meebrengen', 'Kostprijs', 'Dringende procedure', 'Meer informatie'],
    );
    const text = page.sections.map((section) => section.text).join('\n');
    assert.match(page.sections[1]!.text, /recente pasfoto/);
    assert.match(page.sections[2]!.text, /€ 20,20/);
    for (const boilerplate of ['cookies', 'Hoofdmenu', 'Wonen en verhuizen', 'Marktplein', 'keer bekeken', 'Naar de inhoud', 'dataLayer', 'Zoek', 'Gemeente Leiebeek']) {
      assert.ok(!text.includes(boilerplate), `"${boilerplate}" leaked into the text`);
    }
    assert.match(page.contentHash, /^[0-9a-f]{64}$/);
  });

  it('records validators and the final URL after a redirect', () => {
    const outcomes = byPath(first, server.origin);
    assert.equal(fetchedPage(outcomes.get('/burgerzaken/rijbewijs')).etag, '"rijbewijs-v1"');
    assert.equal(fetchedPage(outcomes.get('/afval/kalender')).lastModified, 'Wed, 01 May 2024 08:00:00 GMT');
    const moved = fetchedPage(outcomes.get('/oud/parkeren'));
    assert.equal(moved.url, `${server.origin}/oud/parkeren`);
    assert.equal(moved.finalUrl, `${server.origin}/mobiliteit/parkeerkaart`);
    assert.equal(moved.title, 'Bewonerskaart');
  });

  it('extracts what a broken page (no body, unclosed tags) holds', () => {
    const page = fetchedPage(byPath(first, server.origin).get('/afval/kalender'));
    assert.equal(page.title, 'Afvalkalender');
    assert.deepEqual(page.sections.map((section) => section.heading), ['Afvalkalender', 'PMD', 'Papier en karton']);
    assert.ok(!page.sections.some((section) => section.text.includes('alert')));
  });

  it('fails each bad page with its reason, and none of them stops the others', () => {
    const outcomes = byPath(first, server.origin);
    assert.equal(reasonOf(outcomes.get('/intern/personeel')), 'disallowed by robots.txt');
    assert.match(reasonOf(outcomes.get('/bestaat-niet')), /^HTTP 404/);
    assert.match(reasonOf(outcomes.get('/weg')), /^HTTP 410/);
    assert.match(reasonOf(outcomes.get('/fout')), /^HTTP 500/);
    assert.equal(reasonOf(outcomes.get('/groot')), 'too large (more than 5 MB)');
    assert.equal(reasonOf(outcomes.get('/groot-met-lengte')), 'too large (more than 5 MB)');
    assert.equal(reasonOf(outcomes.get('/documenten/reglement.pdf')), 'not an HTML page (content-type application/pdf)');
    assert.equal(reasonOf(outcomes.get('/naar-elders')), `redirected to another host (localhost:${server.port})`);
    assert.equal(reasonOf(outcomes.get('/lus')), 'too many redirects (more than 5)');
    assert.equal(reasonOf(outcomes.get('https://elders.example/pagina')), 'not on the crawled hosts (elders.example)');
    assert.equal(first.outcomes.filter((outcome) => outcome.status === 'fetched').length, GOOD_PAGES.length);
  });

  it('never requests a disallowed page, reads robots.txt once per crawl and identifies itself', () => {
    assert.equal(server.requestsTo('/intern/personeel').length, 0);
    assert.equal(server.requestsTo('/robots.txt').length, 1);
    assert.match(String(server.requestsTo('/robots.txt')[0]!.headers['user-agent']), /^LoketBot\/1\.0/);
    assert.equal(server.requestsTo('/lus').length, 6);
  });

  it('reports progress once per page, ending at the total', () => {
    const total = first.outcomes.length;
    assert.equal(progress.length, total);
    assert.deepEqual(progress.at(-1), [total, total]);
    assert.ok(progress.every(([, t]) => t === total));
  });

  it('re-syncs: every page fetched before is unchanged, by 304, by lastmod without a request, or by content hash', async () => {
    const previous = previousFrom(first);
    const before = server.requests.length;
    const second = await crawlSite({ urls: [`${server.origin}/sitemap.xml`], previous, ...FAST });
    const seen = server.requests.slice(before);
    const outcomes = byPath(second, server.origin);
    for (const path of GOOD_PAGES) assert.deepEqual(outcomes.get(path), { url: `${server.origin}${path}`, status: 'unchanged' });
    assert.equal(outcomes.get('/weg')?.status, 'failed');

    assert.equal(seen.filter((request) => request.path === '/burgerzaken/identiteitskaart').length, 0, 'lastmod equal: not requested');
    const rijbewijs = seen.filter((request) => request.path === '/burgerzaken/rijbewijs');
    assert.deepEqual(rijbewijs.map((request) => request.headers['if-none-match']), ['"rijbewijs-v1"']);
    const kalender = seen.filter((request) => request.path === '/afval/kalender');
    assert.deepEqual(kalender.map((request) => request.headers['if-modified-since']), ['Wed, 01 May 2024 08:00:00 GMT']);
    const parkeren = seen.filter((request) => request.path === '/mobiliteit/parkeerkaart');
    assert.deepEqual(parkeren.map((request) => request.headers['if-none-match']), ['"parkeren-v1"']);
    // No validators: fetched again, its footer changed, its content did not.
    assert.equal(seen.filter((request) => request.path === '/wonen/verhuizen').length, 1);
  });

  it('fetches a page whose content changed, and one whose sitemap lastmod changed', async () => {
    const previous = previousFrom(first);
    state.movingText = 'Verhuist u binnen Leiebeek? Geef uw nieuw adres door binnen 8 dagen, ook online via Mijn Burgerprofiel.';
    state.identityCardPrice = '€ 21';
    state.identityCardLastmod = '2024-06-01';
    const third = await crawlSite({ urls: [`${server.origin}/sitemaps/producten.xml`], previous, ...FAST });
    const outcomes = byPath(third, server.origin);
    assert.match(fetchedPage(outcomes.get('/wonen/verhuizen')).sections[0]!.text, /Mijn Burgerprofiel/);
    const card = fetchedPage(outcomes.get('/burgerzaken/identiteitskaart'));
    assert.equal(card.lastmod, '2024-06-01');
    assert.match(card.sections.find((section) => section.heading === 'Kostprijs')!.text, /€ 21/);
    assert.notEqual(card.contentHash, previous.get(card.url)!.contentHash);
    assert.equal(outcomes.get('/burgerzaken/rijbewijs')?.status, 'unchanged');
  });

  it('times out a page that sends no headers, and one whose body stalls, per request', async () => {
    const result = await crawlSite({ urls: [`${server.origin}/sitemaps/traag.xml`], delayMs: 0, timeoutMs: 300 });
    const outcomes = byPath(result, server.origin);
    assert.equal(reasonOf(outcomes.get('/traag')), 'timed out after 300 ms');
    assert.equal(reasonOf(outcomes.get('/traag-lichaam')), 'timed out after 300 ms');
    assert.equal(outcomes.get('/wonen/verhuizen')?.status, 'fetched');
  });
});

describe('crawlSite with page URLs and bad sitemaps', () => {
  let server: FixtureServer;
  before(async () => {
    server = await startFixtureServer(() => ({
      '/robots.txt': status(404),
      '/sitemap-leeg.xml': html('<p>geen sitemap</p>'),
      '/a': html('<main><h1>Pagina A</h1><p>Tekst van pagina A.</p></main>'),
      '/b': html('<main><h1>Pagina B</h1><p>Tekst van pagina B.</p></main>'),
      '/c': html('<main><h1>Pagina C</h1><p>Tekst van pagina C.</p></main>'),
      '/gesloten': droppedFirst(1, html('<main><h1>Pagina D</h1><p>Tekst van pagina D.</p></main>')),
      '/leeg': html('<html><body><nav>Menu</nav><script>x()</script></body></html>'),
      '/index.xml': (_request, response) =>
        response.writeHead(200, { 'content-type': 'application/xml' }).end(
          `<sitemapindex><sitemap><loc>/index.xml</loc></sitemap><sitemap><loc>/diep-1.xml</loc></sitemap><sitemap><loc>/ontbreekt.xml</loc></sitemap></sitemapindex>`,
        ),
      '/diep-1.xml': xml(`<sitemapindex><sitemap><loc>/diep-2.xml</loc></sitemap></sitemapindex>`),
      '/diep-2.xml': xml(`<sitemapindex><sitemap><loc>/diep-3.xml</loc></sitemap></sitemapindex>`),
      '/diep-3.xml': xml(`<urlset><url><loc>/c</loc></url></urlset>`),
      '/sitemap.xml.gz': (_request, response) =>
        response.writeHead(200, { 'content-type': 'application/gzip' }).end(gzipSync('<urlset><url><loc>/latin</loc><lastmod>2024-03-03</lastmod></url></urlset>')),
      '/latin': (_request, response) =>
        response
          .writeHead(200, { 'content-type': 'text/html; charset=windows-1252' })
          .end(Buffer.from('<main><h1>Caf\xe9vergunning</h1><p>Kostprijs: \x80 50.</p></main>', 'latin1')),
      '/drie.xml': xml(`<sitemapindex><sitemap><loc>/abc.xml</loc></sitemap><sitemap><loc>/diep-3.xml</loc></sitemap></sitemapindex>`),
      '/abc.xml': xml(`<urlset><url><loc>/a</loc></url><url><loc>/b</loc></url><url><loc>/c</loc></url></urlset>`),
    }));
  });
  after(() => server.close());

  function xml(body: string) {
    return (_request: unknown, response: import('node:http').ServerResponse) => response.writeHead(200, { 'content-type': 'text/xml' }).end(body);
  }

  it('crawls page URLs given directly (robots.txt 404 allows everything), reporting unreadable sitemaps as problems', async () => {
    const result = await crawlSite({
      urls: [`${server.origin}/a`, `${server.origin}/b`, `${server.origin}/a`, `${server.origin}/sitemap.xml`, `${server.origin}/sitemap-leeg.xml`, 'ftp://x/y', `${server.origin}/leeg`],
      ...FAST,
    });
    assert.deepEqual(
      result.outcomes.map((outcome) => [outcome.url.replace(server.origin, ''), outcome.status]),
      [['/a', 'fetched'], ['/b', 'fetched'], ['/sitemap-leeg.xml', 'fetched'], ['/leeg', 'failed']],
    );
    assert.equal(reasonOf(result.outcomes[3]), 'no text found in the main content');
    assert.deepEqual(result.problems, [
      { field: 'urls', message: 'not an http(s) URL: "ftp://x/y"' },
      { file: `${server.origin}/sitemap.xml`, message: 'sitemap could not be read: HTTP 404 Not Found' },
    ]);
    assert.equal(server.requestsTo('/a').length, 1, 'a page given directly is fetched once');
  });

  it('sends a page request again once when the site closed its connection under it, as a browser does', async () => {
    const result = await crawlSite({ urls: [`${server.origin}/gesloten`], ...FAST });
    assert.deepEqual(result.outcomes.map((outcome) => outcome.status), ['fetched']);
    assert.equal(server.requestsTo('/gesloten').length, 2);
  });

  it('follows nested sitemap indexes to depth 3, reading each once, and reports what it skipped', async () => {
    const result = await crawlSite({ urls: [`${server.origin}/index.xml`], ...FAST });
    assert.deepEqual(result.outcomes, []);
    assert.deepEqual(
      result.problems.map((problem) => [problem.file?.replace(server.origin, ''), problem.message]),
      [
        ['/diep-3.xml', 'sitemap not read: nested deeper than 3 levels'],
        ['/ontbreekt.xml', 'sitemap could not be read: HTTP 404 Not Found'],
      ],
    );
    assert.equal(server.requestsTo('/index.xml').length, 1);
  });

  it('reads a gzipped sitemap and decodes a windows-1252 page', async () => {
    const result = await crawlSite({ urls: [`${server.origin}/sitemap.xml.gz`], ...FAST });
    assert.deepEqual(result.problems, []);
    const page = fetchedPage(result.outcomes[0]);
    assert.equal(page.lastmod, '2024-03-03');
    assert.deepEqual(page.sections, [{ heading: 'Cafévergunning', text: 'Kostprijs: € 50.' }]);
  });

  it('stops at maxPages with a problem, not fetching the URLs beyond it', async () => {
    const before = server.requestsTo('/c').length;
    const result = await crawlSite({ urls: ['/a', '/b', '/c'].map((path) => server.origin + path), maxPages: 2, ...FAST });
    assert.deepEqual(result.outcomes.map((outcome) => outcome.url), [`${server.origin}/a`, `${server.origin}/b`]);
    assert.deepEqual(result.problems, [{ field: 'urls', message: '1 URL(s) not read: maxPages (2) reached' }]);
    assert.equal(server.requestsTo('/c').length, before);
  });

  it('stops reading a sitemap index once maxPages pages are known, and crawls only those', async () => {
    const result = await crawlSite({ urls: [`${server.origin}/drie.xml`], maxPages: 2, ...FAST });
    assert.deepEqual(result.outcomes.map((outcome) => outcome.url.replace(server.origin, '')), ['/a', '/b']);
    assert.deepEqual(
      result.problems.map((problem) => [problem.field ?? problem.file?.replace(server.origin, ''), problem.message]),
      [
        ['/drie.xml', '1 sitemap(s) not read: maxPages (2) reached'],
        ['maxPages', '1 page(s) not crawled: more than maxPages (2) listed'],
      ],
    );
  });
});

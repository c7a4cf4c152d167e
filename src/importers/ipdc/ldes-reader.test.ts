// The LDES reader against a local server with three recorded pages: order, resuming, failures.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readLdesFeed, type LdesPage } from './index.js';
import { startLdesServer, type LdesServer } from './test-support/ldes-server.js';

const KEY = 'test-key-123';

async function readAll(feed: AsyncGenerator<LdesPage>): Promise<LdesPage[]> {
  const pages: LdesPage[] = [];
  for await (const page of feed) pages.push(page);
  return pages;
}

const titles = (pages: LdesPage[]) => pages.flatMap((page) => page.products.map((product) => product.title.nl));

describe('readLdesFeed', () => {
  let server: LdesServer;
  before(async () => {
    server = await startLdesServer({ apiKey: KEY, fail: { '/ldes/broken': 500 } });
  });
  after(async () => server.close());

  it('reads every member of the three pages in order, with the API key', async () => {
    server.requests.length = 0;
    const pages = await readAll(readLdesFeed({ url: server.url, apiKey: KEY }));
    assert.deepEqual(server.requests, ['/ldes/page-1', '/ldes/page-2', '/ldes/page-3']);
    assert.deepEqual(pages.map((page) => page.url), server.requests.map((path) => `${server.origin}${path}`));
    // Within a page by prov:generatedAtTime (the IRIs sort the other way); page 3 repeats product 1, skipped.
    assert.deepEqual(titles(pages), ['Product 1', 'Product 2', 'Product 3', 'Product 4', 'Product 5', 'Product 6']);
    assert.deepEqual(pages.flatMap((page) => page.problems), []);
    assert.equal(pages[0]?.products[0]?.productNumber, '9101');
    assert.equal(pages[0]?.products[0]?.conceptUri, 'https://ipdc.example/id/concept/1');
    assert.equal(pages[0]?.products[0]?.description.nl, 'Beschrijving van product **1**.');
    const last = pages.at(-1)?.state;
    assert.equal(last?.nextUrl, null);
    assert.ok(last?.seen.includes('https://ipdc.example/id/conceptsnapshot/aa-6'));
  });

  it('stops after page 2 and, given the returned state, reads only page 3', async () => {
    server.requests.length = 0;
    const firstRun: LdesPage[] = [];
    for await (const page of readLdesFeed({ url: server.url, apiKey: KEY })) {
      firstRun.push(page);
      if (firstRun.length === 2) break;
    }
    const state = firstRun.at(-1)?.state;
    assert.equal(state?.nextUrl, `${server.origin}/ldes/page-3`);

    server.requests.length = 0;
    const resumed = await readAll(readLdesFeed({ url: server.url, apiKey: KEY, state: state! }));
    assert.deepEqual(server.requests, ['/ldes/page-3']);
    assert.deepEqual(titles(resumed), ['Product 5', 'Product 6']);
  });

  it('reads nothing when the state says the feed ended', async () => {
    server.requests.length = 0;
    const pages = await readAll(readLdesFeed({ url: server.url, apiKey: KEY, state: { nextUrl: null, seen: [] } }));
    assert.deepEqual(pages, []);
    assert.deepEqual(server.requests, []);
  });

  it('stops at maxPages with a state that continues there', async () => {
    const pages = await readAll(readLdesFeed({ url: server.url, apiKey: KEY, maxPages: 1 }));
    assert.equal(pages.length, 1);
    assert.equal(pages[0]?.state.nextUrl, `${server.origin}/ldes/page-2`);
  });

  it('turns a 500 on a page into a problem for that page, with a state that retries it', async () => {
    const pages = await readAll(readLdesFeed({ url: `${server.origin}/ldes/broken`, apiKey: KEY }));
    assert.equal(pages.length, 1);
    assert.deepEqual(pages[0]?.products, []);
    assert.match(pages[0]?.problems[0]?.message ?? '', /HTTP 500/);
    assert.equal(pages[0]?.problems[0]?.file, `${server.origin}/ldes/broken`);
    assert.equal(pages[0]?.state.nextUrl, `${server.origin}/ldes/broken`);
  });

  it('keeps what was read before a failing page', async () => {
    const failing = await startLdesServer({ apiKey: KEY, fail: { '/ldes/page-2': 500 } });
    try {
      const pages = await readAll(readLdesFeed({ url: failing.url, apiKey: KEY }));
      assert.deepEqual(titles(pages), ['Product 1', 'Product 2']);
      assert.equal(pages.length, 2);
      assert.match(pages[1]?.problems[0]?.message ?? '', /HTTP 500/);
      assert.equal(pages[1]?.state.nextUrl, `${failing.origin}/ldes/page-2`);
      assert.ok(pages[1]?.state.seen.includes('https://ipdc.example/id/conceptsnapshot/aa-2'));
    } finally {
      await failing.close();
    }
  });

  it('names a wrong API key as the problem', async () => {
    const pages = await readAll(readLdesFeed({ url: server.url, apiKey: 'wrong' }));
    assert.equal(pages.length, 1);
    assert.match(pages[0]?.problems[0]?.message ?? '', /refused access \(HTTP 401\): the API key \(x-api-key\) was not accepted/);
    assert.deepEqual(pages[0]?.products, []);
  });

  it('says a key is needed when none was given', async () => {
    const pages = await readAll(readLdesFeed({ url: server.url }));
    assert.match(pages[0]?.problems[0]?.message ?? '', /needs an API key/);
  });

  it('gives up on a page that does not answer within the timeout', async () => {
    const pages = await readAll(readLdesFeed({ url: `${server.origin}/ldes/hang`, apiKey: KEY, timeoutMs: 100 }));
    assert.match(pages[0]?.problems[0]?.message ?? '', /no complete answer within 100 ms/);
  });

  it('follows a redirect on the same origin with the key, and to another origin without it', async () => {
    const other = await startLdesServer({ apiKey: KEY });
    const moving = await startLdesServer({
      apiKey: KEY,
      redirect: { '/start': '/ldes/page-1', '/elsewhere': `${other.origin}/ldes/page-3` },
    });
    try {
      const same = await readAll(readLdesFeed({ url: `${moving.origin}/start`, apiKey: KEY, maxPages: 1 }));
      assert.deepEqual(titles(same), ['Product 1', 'Product 2']);
      assert.deepEqual(moving.keys.slice(0, 2), [KEY, KEY]);

      const away = await readAll(readLdesFeed({ url: `${moving.origin}/elsewhere`, apiKey: KEY }));
      assert.deepEqual(other.requests, ['/ldes/page-3']);
      assert.deepEqual(other.keys, [undefined]);
      assert.match(away[0]?.problems[0]?.message ?? '', /HTTP 401/);
    } finally {
      await moving.close();
      await other.close();
    }
  });

  it('uses the fetch it is given', async () => {
    const asked: string[] = [];
    const spy: typeof fetch = async (input, init) => {
      asked.push(String(input));
      return fetch(input, init);
    };
    await readAll(readLdesFeed({ url: server.url, apiKey: KEY, fetch: spy }));
    assert.equal(asked.length, 3);
  });
});

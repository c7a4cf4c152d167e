// The extraction pool: pages are extracted in worker threads, so the event loop keeps running; a page past the time limit fails alone.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { extractPage } from './extract-page.js';
import { createExtractionPool } from './index.js';
import { brokenPage, hugePage, identityCardMain, municipalPage } from './test-support/municipal-pages.js';

const URL_OF = 'https://www.leiebeek.be/burgerzaken/identiteitskaart';
const identity = municipalPage({ title: 'Identiteitskaart aanvragen', main: identityCardMain() });
const small = '<main><h1>Bibliotheek</h1><p>De bib is open op woensdag.</p></main>';
// Several MB, as a municipality's "all minutes" page can be: seconds of extraction.
const huge = hugePage(3 * 1024 * 1024);

describe('createExtractionPool', () => {
  // A limit far above the huge page's time even on a busy machine: the limit has a test of its own.
  const pool = createExtractionPool({ timeLimitMs: 600_000 });
  after(() => pool.close());

  it('gives in a worker what extractPage gives on the calling thread', async () => {
    assert.deepEqual(await pool.extract(identity, URL_OF), { kind: 'ok', ...extractPage(identity, URL_OF) });
    const url = 'https://www.leiebeek.be/afval/kalender';
    assert.deepEqual(await pool.extract(brokenPage, url), { kind: 'ok', ...extractPage(brokenPage, url) });
  });

  it('keeps the event loop running while a several-MB page is extracted', async () => {
    // An order, not a duration: on the calling thread the extraction would hold the event loop,
    // so no timer could fire before it settled. (How long the loop stands still is a figure for bench/.)
    await pool.extract(small, URL_OF); // a started worker, so only the extraction is watched
    const events: string[] = [];
    let ticks = 0;
    const ticking = setInterval(() => {
      ticks += 1;
      if (ticks === 3) events.push('three timer turns');
    }, 5);
    const result = await pool.extract(huge, 'https://www.leiebeke.be/raad/verslagen').finally(() => events.push('extracted'));
    clearInterval(ticking);
    assert.equal(result.kind, 'ok');
    assert.ok(result.kind === 'ok' && result.sections.length > 1000, 'the whole page was extracted');
    assert.deepEqual(events, ['three timer turns', 'extracted'], 'timers ran while the page was being extracted');
  });

  it('fails a page past the time limit with the reason, and extracts the next page on a fresh worker', async () => {
    // 3 s: far below the 6 MB page's extraction (about 14 s here), far above the small page's, even on a busy machine.
    const limited = createExtractionPool({ size: 1, timeLimitMs: 3000 });
    try {
      const [slow, next] = await Promise.all([limited.extract(hugePage(6 * 1024 * 1024), 'https://www.leiebeek.be/raad/verslagen'), limited.extract(small, URL_OF)]);
      assert.deepEqual(slow, { kind: 'failed', reason: 'extraction took longer than 3 s' });
      assert.deepEqual(next, { kind: 'ok', title: 'Bibliotheek', sections: [{ heading: 'Bibliotheek', text: 'De bib is open op woensdag.' }] });
    } finally {
      await limited.close();
    }
  });

  it('when closed, fails the running and waiting pages and every page after', async () => {
    const closing = createExtractionPool({ size: 1 });
    const running = closing.extract(huge, 'https://www.leiebeek.be/raad/verslagen');
    const waiting = closing.extract(small, URL_OF);
    await closing.close();
    const closed = { kind: 'failed', reason: 'the extraction pool was closed' };
    assert.deepEqual(await running, closed);
    assert.deepEqual(await waiting, closed);
    assert.deepEqual(await closing.extract(small, URL_OF), closed);
  });

  it('keeps a process alive while a page is extracted, and not once the pool is idle', async () => {
    const script = fileURLToPath(new URL('./test-support/idle-pool.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // The script never closes its pool: an idle worker holding the process would show as this timeout.
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once('exit', (c, s) => resolve([c, s])));
    clearTimeout(timer);
    assert.deepEqual([code, signal], [0, null], 'the process ended by itself');
    assert.deepEqual(JSON.parse(output), { kind: 'ok', title: 'Bibliotheek', sections: [{ heading: 'Bibliotheek', text: 'De bib is open op woensdag.' }] });
  });
});

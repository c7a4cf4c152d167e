// End to end: the real catalogue samples, a municipal website on a local server and a FAQ sheet are imported,
// and the assistant answers from them with the original URL as the source; re-syncs write only what changed.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { askAssistant, createKnowledgeCache } from '../assistant/index.js';
import { importContent, loadTenantContent } from '../knowledge/index.js';
import { DEMO } from '../knowledge/test-support/scratch-pack.js';
import type { Db } from '../storage/index.js';
import { openTestDb } from '../storage/test-support/open-test-db.js';
import { createLogger } from '../logging/index.js';
import { listImportSources, runImport, startResyncJob } from './index.js';
import { createExtractionPool } from './web/index.js';
import { hugePage } from './web/test-support/municipal-pages.js';

const SAMPLES = fileURLToPath(new URL('../../../shared/data/ipdc-samples/', import.meta.url));
const samplesMissing = existsSync(SAMPLES) ? false : `../shared/data/ipdc-samples is absent (it comes from another public project and is not copied here)`;
const now = new Date('2026-12-07T10:15:00+01:00');

/** A small municipal site: pages can be changed or removed between crawls. */
interface Site { server: Server; url: string; pages: Map<string, string>; sitemapDown: boolean }

function startSite(): Promise<Site> {
  const pages = new Map<string, string>();
  const site = { pages, sitemapDown: false } as Site;
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/sitemap.xml' && site.sitemapDown) return void res.writeHead(503).end();
    if (path === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /intern/\n');
    if (path === '/sitemap.xml') {
      const urls = [...pages.keys()].map((p) => `<url><loc>http://${req.headers.host}${p}</loc></url>`).join('');
      return void res.writeHead(200, { 'content-type': 'application/xml' }).end(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}<url><loc>http://${req.headers.host}/weg</loc></url></urlset>`);
    }
    const html = pages.get(path);
    if (!html) return void res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Niet gevonden</h1>');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  site.server = server;
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(Object.assign(site, { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }))),
  );
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="nl"><head><title>${title} | Gemeente Leiebeke</title></head><body>
   <nav><a href="/">Home</a> <a href="/afval">Afval</a></nav><div class="cookie">Wij gebruiken cookies.</div>
   <main><h1>${title}</h1>${body}</main><footer>© Gemeente Leiebeke · Privacy</footer></body></html>`;

describe('importers, end to end', () => {
  let db: Db;
  let site: Site;
  const knowledge = () => createKnowledgeCache(db, 0);
  const ask = async (tenant: string, message: string) => (await askAssistant({ db, knowledge: knowledge() }, tenant, { message, now })).reply;

  before(async () => {
    db = await openTestDb();
    await importContent(db, DEMO);
    site = await startSite();
    site.pages.set(
      '/volkstuintjes',
      page('Volkstuintjes', `<p>De gemeente verhuurt volkstuintjes aan de Leiemeersen aan inwoners zonder eigen tuin.</p>
        <h2>Wat kost een volkstuintje?</h2><p>Een perceel van 50 m² kost € 50 per jaar, water inbegrepen.</p>
        <h2>Hoe aanvragen?</h2><p>Via het e-loket van de gemeente; er is een wachtlijst.</p>`),
    );
    site.pages.set('/hondenpenning', page('Hondenpenning', '<p>Een hondenpenning haalt u aan het onthaal van het gemeentehuis, gratis.</p>'));
  });
  after(async () => {
    site.server.close();
    await db.close();
  });

  it('the real IPDC concept imports, and "akte van geboorte" is answered with that source', { skip: samplesMissing }, async () => {
    const report = await runImport(db, { kind: 'ipdc', tenantId: 'leiebeke', location: join(SAMPLES, 'concept-akte-van-geboorte-783.ttl') }, { now });
    assert.deepEqual(report.added, ['ipdc-783']);
    const reply = await ask('leiebeke', 'Hoe vraag ik een akte van geboorte aan?');
    assert.equal(reply.type, 'answer', reply.text);
    assert.equal(reply.sources[0]?.id, 'ipdc-783');
    assert.match(reply.sources[0]?.url ?? '', /^https:\/\//);
    assert.doesNotMatch(reply.text, /<\/?(p|ul|li|a)\b/, 'no HTML reaches the resident');
    // Another municipality did not adopt it.
    assert.notEqual((await ask('scheldegem', 'Hoe vraag ik een akte van geboorte aan?')).sources[0]?.id, 'ipdc-783');
  });

  it('the real LPDC instance of Oostende imports as the municipality\'s own product, with its contact details', { skip: samplesMissing }, async () => {
    const report = await runImport(db, { kind: 'ipdc', tenantId: 'kempenhout', location: join(SAMPLES, 'instance-oostende-akte-van-adoptie.jsonld') }, { now });
    assert.equal(report.added.length, 1);
    const reply = await ask('kempenhout', 'akte van adoptie');
    assert.equal(reply.sources[0]?.id, report.added[0]);
    const instance = (await loadTenantContent(db, 'kempenhout'))?.instances.find((i) => i.conceptId === report.added[0]);
    assert.match(instance?.localText ?? '', /Vindictivelaan/);
    // An LPDC instance without a municipality is refused, naming what is missing.
    await assert.rejects(
      runImport(db, { kind: 'ipdc', tenantId: null, location: join(SAMPLES, 'instance-oostende-akte-van-adoptie.jsonld') }, { now }),
      (error: { details?: Array<{ message: string }> }) => (error.details ?? []).some((d) => /--tenant/.test(d.message)),
    );
  });

  it('a website imports page by page, answers with the page URL, and a failing page does not stop the rest', async () => {
    const report = await runImport(db, { kind: 'website', tenantId: 'leiebeke', location: `${site.url}/sitemap.xml`, resyncMinutes: 60 }, { now });
    assert.equal(report.added.length, 2);
    assert.ok(report.failed.some((f) => f.item.endsWith('/weg') && /404/.test(f.reason)), JSON.stringify(report.failed));
    const reply = await ask('leiebeke', 'Wat kost een volkstuintje?');
    assert.equal(reply.type, 'answer', reply.text);
    assert.equal(reply.sources[0]?.url, `${site.url}/volkstuintjes`);
    assert.match(reply.text, /€ 50/);
    assert.doesNotMatch(reply.text, /cookies|Privacy/, 'no page furniture');
  });

  it('re-syncing an unchanged site reports 0 changes; a changed page is the only change; a removed page goes', async () => {
    const location = `${site.url}/sitemap.xml`;
    const again = await runImport(db, { kind: 'website', tenantId: 'leiebeke', location }, { now });
    assert.deepEqual([again.added, again.changed, again.removed], [[], [], []]);
    assert.equal(again.unchanged, true);
    site.pages.set('/hondenpenning', page('Hondenpenning', '<p>Een hondenpenning kost voortaan € 5.</p>'));
    const changed = await runImport(db, { kind: 'website', tenantId: 'leiebeke', location }, { now });
    assert.equal(changed.changed.length, 1, JSON.stringify(changed));
    assert.deepEqual(changed.added, []);
    // A sitemap that fails to load removes nothing.
    site.sitemapDown = true;
    const sitemapDown = await runImport(db, { kind: 'website', tenantId: 'leiebeke', location }, { now });
    site.sitemapDown = false;
    assert.deepEqual(sitemapDown.removed, []);
    assert.ok(sitemapDown.failed.length > 0, 'the unreadable sitemap is reported');
    site.pages.delete('/hondenpenning');
    const removed = await runImport(db, { kind: 'website', tenantId: 'leiebeke', location }, { now });
    assert.equal(removed.removed.length, 1);
    const [source] = (await listImportSources(db, 'leiebeke')).filter((s) => s.kind === 'website');
    assert.equal(source?.resyncMinutes, 60, 'the interval given once is kept');
    assert.equal(source?.lastReport?.removed.length, 1);
  });

  it('the re-sync job runs a due site again and imports its changed page', async () => {
    site.pages.set(
      '/volkstuintjes',
      page('Volkstuintjes', `<p>De gemeente verhuurt volkstuintjes aan de Leiemeersen aan inwoners zonder eigen tuin.</p>
        <h2>Wat kost een volkstuintje?</h2><p>Een perceel van 50 m² kost voortaan € 60 per jaar, water inbegrepen.</p>`),
    );
    const job = startResyncJob(db, createLogger('silent'), () => new Date(now.getTime() + 61 * 60_000));
    try {
      await job.runNow();
    } finally {
      await job.stop();
    }
    const [source] = (await listImportSources(db, 'leiebeke')).filter((s) => s.kind === 'website');
    assert.equal(source?.lastReport?.changed.length, 1, JSON.stringify(source?.lastReport));
    assert.match((await ask('leiebeke', 'Wat kost een volkstuintje?')).text, /€ 60/);
  });

  it('stopping the re-sync job mid-run resolves once the run has ended, and stores nothing of it', async () => {
    site.pages.set('/volkstuintjes', page('Volkstuintjes', '<p>Een perceel van 50 m² kost voortaan € 75 per jaar.</p>'));
    const [before] = (await listImportSources(db, 'leiebeke')).filter((s) => s.kind === 'website');
    const job = startResyncJob(db, createLogger('silent'), () => new Date(now.getTime() + 200 * 60_000));
    const run = job.runNow();
    let ended = false;
    void run.then(() => (ended = true));
    await job.stop();
    assert.equal(ended, true, 'stop waits for the run');
    const [after] = (await listImportSources(db, 'leiebeke')).filter((s) => s.kind === 'website');
    assert.deepEqual(after?.lastReport, before?.lastReport, 'the stopped run wrote no report');
    assert.doesNotMatch((await ask('leiebeke', 'Wat kost een volkstuintje?')).text, /€ 75/);
    assert.equal(await job.runNow().then(() => 'nothing ran'), 'nothing ran');
  });

  it('a page whose extraction runs past the time limit fails with that reason, and the other pages are imported', async () => {
    const minutes = await startSite();
    // Just under the 5 MB page limit: about 10 s of extraction here, against a limit of 3 s that the small page stays far under.
    minutes.pages.set('/verslagen', hugePage(4.5 * 1024 * 1024));
    minutes.pages.set('/markt', page('Wekelijkse markt', '<p>Elke vrijdagvoormiddag is er markt op het Marktplein, van 8 tot 12 uur.</p>'));
    const extractor = createExtractionPool({ timeLimitMs: 3000 });
    try {
      const report = await runImport(db, { kind: 'website', tenantId: 'kempenhout', location: `${minutes.url}/sitemap.xml` }, { now, extractor });
      assert.deepEqual(report.failed.find((f) => f.item.endsWith('/verslagen'))?.reason, 'extraction took longer than 3 s', JSON.stringify(report.failed));
      assert.equal(report.added.length, 1);
      const markt = (await loadTenantContent(db, 'kempenhout'))?.instances.find((i) => i.conceptId === report.added[0]);
      assert.equal(markt?.sourceUrl, `${minutes.url}/markt`);
    } finally {
      await extractor.close();
      minutes.server.close();
    }
  });

  it('a FAQ sheet with a bad row stores nothing; a good one is answered with its own link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-faq-'));
    const bad = join(dir, 'faq-fout.csv');
    writeFileSync(bad, 'vraag;antwoord;product;trefwoorden;url\nMag mijn hond mee in het zwembad?;Nee, honden zijn niet toegelaten.;;hond;\n;Een antwoord zonder vraag.;;;\nWat is een speelstraat?;Een straat waar kinderen spelen.;onbestaand-product;;\n');
    const before = await loadTenantContent(db, 'scheldegem');
    await assert.rejects(runImport(db, { kind: 'faq', tenantId: 'scheldegem', location: bad }, { now }), (error: { details?: Array<{ line?: number }> }) => {
      assert.ok((error.details ?? []).length >= 2, JSON.stringify(error.details));
      return true;
    });
    assert.deepEqual(await loadTenantContent(db, 'scheldegem'), before);
    const good = join(dir, 'faq.csv');
    writeFileSync(good, 'vraag;antwoord;product;trefwoorden;url\nMag mijn hond mee in het zwembad?;Nee, honden zijn niet toegelaten in het zwembad.;;hond, zwemmen;https://www.scheldegem.example/zwembad\n');
    const report = await runImport(db, { kind: 'faq', tenantId: 'scheldegem', location: good }, { now });
    assert.equal(report.added.length, 1);
    const reply = await ask('scheldegem', 'mag mijn hond mee in het zwembad');
    assert.equal(reply.sources[0]?.url, 'https://www.scheldegem.example/zwembad');
  });

  it('importing the content pack again keeps every imported product', async () => {
    const ids = async () => ((await loadTenantContent(db, 'leiebeke'))?.instances ?? []).filter((i) => i.origin !== undefined).map((i) => i.conceptId).sort();
    const beforeIds = await ids();
    assert.ok(beforeIds.length > 0);
    await importContent(db, DEMO);
    assert.deepEqual(await ids(), beforeIds);
  });
});

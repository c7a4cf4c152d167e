// Content from an import source lives beside the pack's: replaced per source, kept by pack imports, never overwriting another's.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../storage/index.js';
import { openTestDb, testBackends } from '../storage/test-support/open-test-db.js';
import { applyImportedContent, importContent, latestVersion, loadConcepts, loadTenantContent, type Concept, type Instance } from './index.js';
import { DEMO } from './test-support/scratch-pack.js';

const ORIGIN = 'website:leiebeke:https://www.leiebeke.example/sitemap.xml';

function page(id: string, text: string): { concept: Concept; instance: Instance } {
  const url = `https://www.leiebeke.example/${id}`;
  return {
    concept: { id, title: `Pagina ${id}`, theme: 'Website', keywords: [], sections: { Beschrijving: text }, sourceUrl: url },
    instance: { conceptId: id, offered: true, locationId: null, appointment: 'none', cost: null, localText: null, note: null, sourceUrl: url },
  };
}

const imported = (pages: Array<ReturnType<typeof page>>) => ({
  origin: ORIGIN,
  tenantId: 'leiebeke',
  concepts: pages.map((p) => p.concept),
  instances: pages.map((p) => p.instance),
});

for (const backend of testBackends()) {
  describe(`imported content on ${backend}`, () => {
    let db: Db;
    before(async () => {
      db = await openTestDb(backend);
      await importContent(db, DEMO);
    });
    after(async () => db.close());

    const leiebekeIds = async () => (await loadTenantContent(db, 'leiebeke'))?.instances.map((i) => i.conceptId) ?? [];

    it('adds the source\'s products for its tenant only, with origin and original URL', async () => {
      const [report] = await applyImportedContent(db, imported([page('web-leiebeke-parkeren', 'Bewonerskaart aanvragen.')]), 'sitemap.xml');
      assert.deepEqual(report?.changes.added, ['product:web-leiebeke-parkeren']);
      const stored = (await loadTenantContent(db, 'leiebeke'))?.instances.find((i) => i.conceptId === 'web-leiebeke-parkeren');
      assert.equal(stored?.origin, ORIGIN);
      assert.equal(stored?.sourceUrl, 'https://www.leiebeke.example/web-leiebeke-parkeren');
      assert.equal((await loadTenantContent(db, 'scheldegem'))?.instances.some((i) => i.conceptId === 'web-leiebeke-parkeren'), false);
    });

    it('the same content again changes nothing and adds no version; a changed page is reported as changed', async () => {
      const version = (await latestVersion(db, 'leiebeke'))?.version;
      const [same] = await applyImportedContent(db, imported([page('web-leiebeke-parkeren', 'Bewonerskaart aanvragen.')]), 'sitemap.xml');
      assert.equal(same?.unchanged, true);
      assert.equal((await latestVersion(db, 'leiebeke'))?.version, version);
      const [changed] = await applyImportedContent(db, imported([page('web-leiebeke-parkeren', 'Bewonerskaart: nu ook digitaal.')]), 'sitemap.xml');
      assert.deepEqual(changed?.changes.changed, ['product:web-leiebeke-parkeren']);
    });

    it('a content pack import keeps the imported products and concepts', async () => {
      await importContent(db, DEMO);
      assert.ok((await leiebekeIds()).includes('web-leiebeke-parkeren'));
      assert.ok((await loadConcepts(db)).some((c) => c.id === 'web-leiebeke-parkeren'));
    });

    it('a page the source no longer lists is removed, product and concept', async () => {
      const [report] = await applyImportedContent(db, imported([page('web-leiebeke-afval', 'Afvalkalender.')]), 'sitemap.xml');
      assert.deepEqual(report?.changes.removed, ['product:web-leiebeke-parkeren']);
      assert.deepEqual(report?.changes.added, ['product:web-leiebeke-afval']);
      assert.equal((await loadConcepts(db)).some((c) => c.id === 'web-leiebeke-parkeren'), false);
    });

    it('never overwrites a product from the pack or another source, and then stores nothing', async () => {
      const before = await loadTenantContent(db, 'leiebeke');
      const clash = page('eid-aanvragen', 'Overgenomen tekst.');
      await assert.rejects(
        applyImportedContent(db, imported([page('web-leiebeke-nieuw', 'Nieuw.'), clash]), 'sitemap.xml'),
        (error: { code?: string; details?: Array<{ message: string }> }) =>
          error.code === 'invalid_content' && (error.details ?? []).some((d) => /eid-aanvragen.*already exists/.test(d.message)),
      );
      assert.deepEqual(await loadTenantContent(db, 'leiebeke'), before);
      assert.equal((await loadConcepts(db)).some((c) => c.id === 'web-leiebeke-nieuw'), false);
    });
  });
}

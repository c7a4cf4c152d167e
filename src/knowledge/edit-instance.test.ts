// Editing one municipality's product: a new content version per edit, nothing lost when two staff
// members save at once, and the caller's own writes (the audit entry) stored with it or not at all.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../storage/index.js';
import { openTestDb, testBackends } from '../storage/test-support/open-test-db.js';
import { applyImportedContent, editInstance, importContent, latestVersion, loadTenantContent } from './index.js';
import { DEMO } from './test-support/scratch-pack.js';

for (const backend of testBackends()) {
  describe(`editing a product on ${backend}`, () => {
    let db: Db;
    before(async () => {
      db = await openTestDb(backend);
      await importContent(db, DEMO);
    });
    after(async () => db.close());

    const instance = async (conceptId: string) => (await loadTenantContent(db, 'leiebeke'))?.instances.find((i) => i.conceptId === conceptId);

    it('appends one version per edit that changes something, none for an edit that does not', async () => {
      const before = (await latestVersion(db, 'leiebeke'))?.version ?? 0;
      const report = await editInstance(db, 'leiebeke', 'reispas', { note: 'Ook op zaterdag.' }, 'test:edit');
      assert.equal(report.version, before + 1);
      assert.equal((await instance('reispas'))?.note, 'Ook op zaterdag.');
      const again = await editInstance(db, 'leiebeke', 'reispas', { note: 'Ook op zaterdag.' }, 'test:edit');
      assert.deepEqual([again.unchanged, again.version], [true, before + 1]);
    });

    it('two edits of different fields at once both survive', async () => {
      await Promise.all([
        editInstance(db, 'leiebeke', 'rijbewijs', { cost: '€ 31,00' }, 'test:anna'),
        editInstance(db, 'leiebeke', 'rijbewijs', { note: 'Breng een pasfoto mee.' }, 'test:bart'),
      ]);
      const stored = await instance('rijbewijs');
      assert.equal(stored?.cost, '€ 31,00');
      assert.equal(stored?.note, 'Breng een pasfoto mee.');
    });

    it('an edit made while a source re-syncs the same municipality survives the re-sync', async () => {
      // A re-sync reads the municipality's content and writes it back with its own products
      // replaced; without a lock shared with edits it would write back the cost from before the edit.
      for (const [round, cost] of ['€ 21,00', '€ 22,00', '€ 23,00', '€ 24,00', '€ 25,00'].entries()) {
        const url = `https://www.leiebeke.example/pagina-${round}`;
        await Promise.all([
          applyImportedContent(db, {
            origin: 'website:leiebeke:test', tenantId: 'leiebeke',
            concepts: [{ id: 'web-test-pagina', title: `Pagina ${round}`, theme: 'Website', keywords: [], sections: { Beschrijving: `Versie ${round}.` }, sourceUrl: url }],
            instances: [{ conceptId: 'web-test-pagina', offered: true, locationId: null, appointment: 'none', cost: null, localText: null, note: null, sourceUrl: url }],
          }, 'test:resync'),
          editInstance(db, 'leiebeke', 'eid-aanvragen', { cost }, 'test:anna'),
        ]);
        assert.equal((await instance('eid-aanvragen'))?.cost, cost, `round ${round}: the edit is kept`);
        assert.equal((await instance('web-test-pagina'))?.sourceUrl, url, `round ${round}: the re-sync is kept`);
      }
    });

    it('when the caller\'s own write fails, the edit is not stored either', async () => {
      const before = await latestVersion(db, 'leiebeke');
      await assert.rejects(
        editInstance(db, 'leiebeke', 'reispas', { cost: '€ 99,00' }, 'test:edit', async (tx) => {
          await tx.query('select 1');
          throw new Error('audit log unavailable');
        }),
        /audit log unavailable/,
      );
      assert.notEqual((await instance('reispas'))?.cost, '€ 99,00');
      assert.equal((await latestVersion(db, 'leiebeke'))?.version, before?.version);
    });

    it('names an unknown municipality or product', async () => {
      await assert.rejects(editInstance(db, 'nergensdorp', 'reispas', { note: 'x' }, 'test:edit'), { code: 'unknown_tenant' });
      await assert.rejects(editInstance(db, 'leiebeke', 'geen-product', { note: 'x' }, 'test:edit'), { code: 'unknown_product' });
    });
  });
}

// The register's example entries: published from public sources only, once, and all or nothing.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Db } from '../storage/index.js';
import { openTestDb, testBackends } from '../storage/test-support/open-test-db.js';
import { getHistory, listPublished, seedRegisterExamples } from './index.js';

const EXAMPLES = fileURLToPath(new URL('../../demo/register/examples.yaml', import.meta.url));
const at = new Date(Date.UTC(2027, 5, 1, 8, 0));

for (const backend of testBackends()) {
  describe(`register examples on ${backend}`, () => {
    let db: Db;
    before(async () => {
      db = await openTestDb(backend);
    });
    after(async () => db.close());

    it('publishes the six examples, each compiled from cited public sources, with no contact or oversight invented', async () => {
      const result = await seedRegisterExamples(db, { path: EXAMPLES, at });
      assert.equal(result.created.length, 6);
      const published = await listPublished(db);
      assert.deepEqual(
        published.map((e) => `${e.entry.leadOrganisation.name}: ${e.entry.name}`).sort(),
        [
          "Gemeente Edegem: Slim beheer openbaar domein",
          "Gemeente Lubbeek: Wegdekmonitoring met 3D-camera's",
          "Gemeente Puurs-Sint-Amands: ANPR-camera's voor mobiliteitsanalyse",
          'Gemeente Wichelen: Lokale digitale assistent',
          'Stad Gent: Automatisch Advies Leefloon',
          'Stad Kortrijk: Virtuele assistent',
        ],
      );
      for (const { id, entry, tenantId, author } of published) {
        assert.ok((entry.compiledFrom?.sources.length ?? 0) >= 1, `${entry.name} cites its sources`);
        assert.ok(entry.compiledFrom?.sources.every((s) => s.startsWith('https://')));
        assert.equal(entry.contact, undefined, `${entry.name}: no contact was published`);
        assert.equal(entry.humanOversight, undefined, `${entry.name}: no oversight was published`);
        assert.equal(entry.personalData.processed, 'unknown');
        assert.equal(tenantId, null);
        assert.equal(author, 'system:demo');
        assert.deepEqual((await getHistory(db, id)).map((s) => s.action), ['create', 'submit', 'publish']);
      }
      const byName = new Map(published.map((e) => [e.entry.name, e.entry]));
      const kortrijk = byName.get('Virtuele assistent');
      assert.equal(kortrijk?.status, 'in-use');
      assert.equal(kortrijk?.timeline.inUseSince, '2023-10');
      assert.equal(kortrijk?.supplier, 'Arinti');
      assert.deepEqual(kortrijk?.partnerOrganisations, [{ name: 'Leiedal' }], 'the 13 municipalities are not named');
      assert.deepEqual(byName.get('Slim beheer openbaar domein')?.partnerOrganisations, [{ name: 'IGEAN' }]);
      assert.equal(byName.get('Slim beheer openbaar domein')?.timeline.plannedStart, '2018');
      assert.deepEqual(byName.get('Automatisch Advies Leefloon')?.timeline, {}, 'the year of GZG call 1 is not published');
      assert.deepEqual(byName.get('Lokale digitale assistent')?.timeline, {});
      assert.equal([...byName.values()].filter((e) => e.supplier !== undefined).length, 1, 'only Kortrijk names its supplier');
    });

    it('running it again adds nothing', async () => {
      const count = async () => (await db.query<{ n: number }>('select count(*)::int as n from register_entries'))[0]?.n ?? 0;
      const before = await count();
      assert.deepEqual(await seedRegisterExamples(db, { path: EXAMPLES, at }), { created: [] });
      assert.equal(await count(), before);
    });

    it('an invalid example file publishes none of its entries', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'loket-examples-'));
      const path = join(dir, 'examples.yaml');
      const text = readFileSync(EXAMPLES, 'utf8')
        .replace('name: Virtuele assistent', 'name: Een nieuwe assistent')
        .replace("inUseSince: '2023-10'", "inUseSince: 'oktober 2023'");
      writeFileSync(path, text.replace('name: Stad Gent', 'name: Stad Gent Nieuw'));
      await assert.rejects(seedRegisterExamples(db, { path, at }), (error: Error & { code?: string; details?: Array<{ field?: string }> }) => {
        assert.equal(error.code, 'invalid_input');
        assert.deepEqual(error.details?.map((p) => p.field), ['entries[0].timeline.inUseSince']);
        return true;
      });
      assert.equal((await listPublished(db, { q: 'Leefloon' })).length, 1, 'the valid, new Gent entry was not published either');
    });
  });
}

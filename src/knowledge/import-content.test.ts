// Importing content: versions, idempotence, change reports, and bad input that stores nothing.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Problem } from '../errors/index.js';
import type { Db } from '../storage/index.js';
import { openTestDb, testBackends } from '../storage/test-support/open-test-db.js';
import { listTenants } from '../tenants/index.js';
import { importContent, latestVersion, loadTenantContent, REGIONAL_SCOPE } from './index.js';
import { DEMO, editJson, replaceInFile, scratchPack } from './test-support/scratch-pack.js';

async function problemsOf(promise: Promise<unknown>): Promise<Problem[]> {
  try {
    await promise;
  } catch (error) {
    assert.equal((error as { code?: string }).code, 'invalid_content', String(error));
    return (error as { details: Problem[] }).details;
  }
  assert.fail('the import should have failed');
}

async function snapshot(db: Db) {
  const counts = await db.query(
    `select (select count(*) from tenants) t, (select count(*) from concepts) c, (select count(*) from instances) i,
            (select count(*) from waste_collections) w, (select count(*) from content_versions) v`,
  );
  return { counts, leiebeke: await loadTenantContent(db, 'leiebeke') };
}

for (const backend of testBackends()) {
  describe(`importing content on ${backend}`, () => {
    let db: Db;
    before(async () => {
      db = await openTestDb(backend);
      await importContent(db, DEMO);
    });
    after(async () => db.close());

    it('the demo pack creates the three municipalities with all their content, version 1', async () => {
      assert.deepEqual((await listTenants(db)).map((t) => t.id), ['kempenhout', 'leiebeke', 'scheldegem']);
      const leiebeke = await loadTenantContent(db, 'leiebeke');
      assert.equal(leiebeke?.instances.length, 51);
      assert.equal(leiebeke?.tenant.style, 'u');
      const eid = leiebeke?.instances.find((i) => i.conceptId === 'eid-aanvragen');
      assert.equal(eid?.cost, '€ 24,50 (normale procedure); € 134,00 (dringende procedure)');
      const streets = readFileSync(join(DEMO, 'municipalities/leiebeke/waste-streets.csv'), 'utf8').trim().split('\n').length - 1;
      assert.equal(leiebeke?.wasteStreets.length, streets);
      assert.equal((await latestVersion(db, REGIONAL_SCOPE))?.version, 1);
      assert.equal((await latestVersion(db, 'leiebeke'))?.version, 1);
    });

    it('importing the same pack again changes nothing and says so', async () => {
      const before = await snapshot(db);
      const report = await importContent(db, DEMO);
      assert.ok(report.scopes.length === 4 && report.scopes.every((s) => s.unchanged && s.version === 1), JSON.stringify(report));
      assert.deepEqual(await snapshot(db), before);
    });

    it('changed content reports what was added, changed and removed, and appends a version', async () => {
      const pack = scratchPack();
      const file = join(pack, 'municipalities/scheldegem.json');
      editJson(file, (m) => {
        m.products['eid-aanvragen'].cost = '€ 26,00';
        delete m.products['huwelijk'];
        m.closures.push({ date: '2027-06-01', reason: 'Personeelsdag', locations: ['*'] });
      });
      writeFileSync(join(pack, 'municipalities/scheldegem/waste-calendar.csv'), `${readFileSync(join(pack, 'municipalities/scheldegem/waste-calendar.csv'), 'utf8').trimEnd()}\n2027-12-30,1,glas\n`);
      const report = await importContent(db, pack);
      const scheldegem = report.scopes.find((s) => s.scope === 'scheldegem');
      assert.deepEqual(scheldegem?.changes, {
        added: ['closure:2027-06-01', 'collection:2027-12-30:1:glas'],
        changed: ['product:eid-aanvragen'],
        removed: ['product:huwelijk'],
      });
      assert.equal(scheldegem?.version, 2);
      assert.ok(report.scopes.filter((s) => s.scope !== 'scheldegem').every((s) => s.unchanged));
      // Restore, so the other tests see the demo again.
      const back = await importContent(db, DEMO);
      assert.equal(back.scopes.find((s) => s.scope === 'scheldegem')?.version, 3);
    });

    it('a municipality file that is not in the demo adds that tenant; importing it again reports no changes', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'loket-new-'));
      cpSync(join(DEMO, 'municipalities/kempenhout'), join(dir, 'heidedorp'), { recursive: true });
      const data = JSON.parse(readFileSync(join(DEMO, 'municipalities/kempenhout.json'), 'utf8'));
      Object.assign(data, { id: 'heidedorp', name: 'Heidedorp', style: 'je', waste: { streets: 'heidedorp/waste-streets.csv', calendar: 'heidedorp/waste-calendar.csv' } });
      writeFileSync(join(dir, 'heidedorp.json'), JSON.stringify(data));
      const first = await importContent(db, join(dir, 'heidedorp.json'));
      assert.equal(first.scopes.length, 1);
      assert.equal(first.scopes[0]?.scope, 'heidedorp');
      assert.equal(first.scopes[0]?.version, 1);
      assert.ok((first.scopes[0]?.changes.added.length ?? 0) > 100);
      assert.ok((await listTenants(db)).some((t) => t.id === 'heidedorp' && t.name === 'Heidedorp'));
      const second = await importContent(db, join(dir, 'heidedorp.json'));
      assert.equal(second.scopes[0]?.unchanged, true);
      await db.query("delete from tenants where id = 'heidedorp'");
    });

    describe('bad input: exit with every problem, store nothing, keep what was there', () => {
      let pack: string;
      let before: Awaited<ReturnType<typeof snapshot>>;
      beforeEach(async () => {
        pack = scratchPack();
        before = await snapshot(db);
      });
      const expectRejected = async (path: string, expected: Array<{ file: RegExp; line?: number; message: RegExp }>) => {
        const problems = await problemsOf(importContent(db, path));
        for (const e of expected) {
          assert.ok(
            problems.some((p) => e.file.test(p.file ?? '') && (e.line === undefined || p.line === e.line) && e.message.test(`${p.field ? `${p.field}: ` : ''}${p.message}`)),
            `expected a problem ${e.message} in ${e.file}${e.line ? `:${e.line}` : ''}, got ${JSON.stringify(problems, null, 1)}`,
          );
        }
        assert.deepEqual(await snapshot(db), before, 'nothing of a failed import may be stored');
        return problems;
      };

      it('invalid JSON, with its line', async () => {
        const file = join(pack, 'municipalities/leiebeke.json');
        replaceInFile(file, /"name": "Leiebeke",\n/, '"name": "Leiebeke"\n');
        await expectRejected(pack, [{ file: /leiebeke\.json$/, line: 4, message: /invalid JSON/ }]);
      });

      it('invalid YAML in a concept front matter, with its line', async () => {
        replaceInFile(join(pack, 'concepts/reispas.md'), /^theme: (.*)$/m, 'theme: [burgerzaken');
        await expectRejected(pack, [{ file: /reispas\.md$/, message: /invalid YAML/ }]);
      });

      it('a missing required field, named with its line', async () => {
        editJson(join(pack, 'municipalities/kempenhout.json'), (m) => delete m.style);
        await expectRejected(pack, [{ file: /kempenhout\.json$/, line: 1, message: /style/ }]);
      });

      it('an unknown concept id', async () => {
        editJson(join(pack, 'municipalities/leiebeke.json'), (m) => {
          m.products['hondenbelasting'] = { offered: true, location: 'burgerzaken', appointment: 'none', cost: '€ 10' };
        });
        await expectRejected(pack, [{ file: /leiebeke\.json$/, message: /unknown concept id "hondenbelasting"/ }]);
      });

      it('a location reference that does not exist, in a product and in a closure', async () => {
        editJson(join(pack, 'municipalities/leiebeke.json'), (m) => {
          m.products['reispas'].location = 'stadhuis';
          m.closures[0].locations = ['zwembad'];
        });
        await expectRejected(pack, [
          { file: /leiebeke\.json$/, message: /unknown location "stadhuis"/ },
          { file: /leiebeke\.json$/, message: /unknown location "zwembad"/ },
        ]);
      });

      it('a time like 25:00-26:00 and a range that ends before it starts', async () => {
        editJson(join(pack, 'municipalities/leiebeke.json'), (m) => {
          m.locations.burgerzaken.hours.mon = ['25:00-26:00'];
          m.locations.burgerzaken.hours.tue = ['12:00-08:30'];
        });
        await expectRejected(pack, [
          { file: /leiebeke\.json$/, message: /locations\.burgerzaken\.hours\.mon\.0: "25:00-26:00" has a time outside/ },
          { file: /leiebeke\.json$/, message: /"12:00-08:30" ends before it starts/ },
        ]);
      });

      it('a date like 2027-02-30, in the closures and in the waste calendar', async () => {
        editJson(join(pack, 'municipalities/leiebeke.json'), (m) => {
          m.closures[0].date = '2027-02-30';
        });
        writeFileSync(join(pack, 'municipalities/leiebeke/waste-calendar.csv'), 'date,zone,fraction\n2026-12-01,1,gft\n2027-02-30,1,pmd\n');
        await expectRejected(pack, [
          { file: /leiebeke\.json$/, message: /"2027-02-30" is not a real date/ },
          { file: /waste-calendar\.csv$/, line: 3, message: /"2027-02-30" is not a real date/ },
        ]);
      });

      it('a CSV row with the wrong number of fields, with its line', async () => {
        writeFileSync(join(pack, 'municipalities/scheldegem/waste-streets.csv'), 'street,zone\nKerkstraat,1\nMolenweg\nDorpsplein,2,extra\n');
        await expectRejected(pack, [
          { file: /waste-streets\.csv$/, line: 3, message: /expected 2 fields/ },
          { file: /waste-streets\.csv$/, line: 4, message: /expected 2 fields.*found 3/ },
        ]);
      });

      it('an unknown waste fraction and a missing waste file', async () => {
        writeFileSync(join(pack, 'municipalities/kempenhout/waste-calendar.csv'), 'date,zone,fraction\n2026-12-01,1,plastiek\n');
        rmSync(join(pack, 'municipalities/scheldegem/waste-streets.csv'));
        await expectRejected(pack, [
          { file: /kempenhout\/waste-calendar\.csv$/, line: 2, message: /unknown fraction "plastiek"/ },
          { file: /scheldegem\/waste-streets\.csv$/, message: /file not found/ },
        ]);
      });

      it('a file over 50 MB is refused before it is read', async () => {
        const file = join(pack, 'municipalities/leiebeke/waste-calendar.csv');
        truncateSync(file, 51 * 1024 * 1024);
        await expectRejected(pack, [{ file: /waste-calendar\.csv$/, message: /file is 51\.0 MB; the limit is 50 MB/ }]);
      });

      it('lists every problem of every file, not just the first', async () => {
        editJson(join(pack, 'municipalities/leiebeke.json'), (m) => {
          m.style = 'jij';
          m.locations.omgeving.hours.wed = ['9:00-12:00'];
        });
        editJson(join(pack, 'municipalities/scheldegem.json'), (m) => delete m.name);
        replaceInFile(join(pack, 'concepts/huwelijk.md'), '## Procedure', '## Werkwijze');
        const problems = await expectRejected(pack, [
          { file: /leiebeke\.json$/, message: /style/ },
          { file: /leiebeke\.json$/, message: /"9:00-12:00"/ },
          { file: /scheldegem\.json$/, message: /name/ },
          { file: /huwelijk\.md$/, message: /unknown section "Werkwijze"/ },
        ]);
        assert.ok(problems.length >= 4);
      });

      it('a concept removed from the pack that another municipality still uses', async () => {
        // A pack with only concepts (no municipalities) may not drop a concept in use.
        const conceptsOnly = mkdtempSync(join(tmpdir(), 'loket-concepts-'));
        cpSync(join(pack, 'concepts'), join(conceptsOnly, 'concepts'), { recursive: true });
        rmSync(join(conceptsOnly, 'concepts/reispas.md'));
        await expectRejected(conceptsOnly, [{ file: /.*/, message: /concept "reispas" is missing from the pack but still used by kempenhout, leiebeke, scheldegem/ }]);
      });

      it('a path that is neither a pack nor a municipality file', async () => {
        const empty = mkdtempSync(join(tmpdir(), 'loket-empty-'));
        mkdirSync(join(empty, 'other'));
        await expectRejected(empty, [{ file: /.*/, message: /not a content pack/ }]);
        await expectRejected(join(empty, 'missing.json'), [{ file: /missing\.json$/, message: /no such file/ }]);
      });
    });
  });
}

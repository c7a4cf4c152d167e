// Importing a file of register entries, on every storage backend: all valid and all stored, or nothing.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { importContent } from '../knowledge/index.js';
import { DEMO } from '../knowledge/test-support/scratch-pack.js';
import type { Db } from '../storage/index.js';
import { openTestDb, testBackends } from '../storage/test-support/open-test-db.js';
import { getEntry, getHistory, importEntryFile, toAlgoritmeregister, validateRegisterEntry, type RegisterEntryInput } from './index.js';
import { entryInput } from './test-support/stored-entries.js';

const samplesDir = fileURLToPath(new URL('../../../shared/data/register-standards/nl-algoritmeregister/samples-v1.0/', import.meta.url));
const noSamples = existsSync(samplesDir) ? false : `skipped: the Algoritmeregister samples are read from ../shared (${samplesDir}), which is absent`;

const at = new Date(Date.UTC(2027, 3, 1, 9, 0));

type Rejection = Error & { code?: string; details?: Array<{ file?: string; line?: number; field?: string; message: string }> };

for (const backend of testBackends()) {
  describe(`register file import on ${backend}`, () => {
    let db: Db;
    before(async () => {
      db = await openTestDb(backend);
      await importContent(db, DEMO);
    });
    after(async () => db.close());

    const count = async () => (await db.query<{ n: number }>('select count(*)::int as n from register_entries'))[0]?.n ?? 0;
    const historyCount = async () => (await db.query<{ n: number }>('select count(*)::int as n from register_entry_history'))[0]?.n ?? 0;
    const importing = (fileName: string, content: string, tenantId: string | null = 'leiebeke') =>
      importEntryFile(db, { tenantId, author: 'editor@leiebeke.be', at, fileName, content });

    it('a file with two good and two bad entries stores none and reports both bad ones by index and field', async () => {
      const before = [await count(), await historyCount()];
      const file = [
        entryInput('Goede eerste'),
        entryInput('Slimme camera', { contact: undefined }),
        entryInput('Goede tweede'),
        { ...entryInput(''), status: 'bijna' },
      ];
      const text = JSON.stringify(file, null, 2);
      const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
      await assert.rejects(importing('fiches.json', text), (error: Rejection) => {
        assert.equal(error.code, 'invalid_input');
        assert.match(error.message, /2 of 4 entries are invalid.*nothing was imported/);
        const fields = error.details?.map((p) => p.field).sort();
        assert.deepEqual(fields, ['entries[1].contact', 'entries[3].name', 'entries[3].status']);
        const contact = error.details?.find((p) => p.field === 'entries[1].contact');
        assert.equal(contact?.message, 'is required (entry "Slimme camera")', 'names the entry that has a name');
        assert.equal(contact?.file, 'fiches.json');
        assert.equal(contact?.line, lineOf('"name": "Slimme camera"') - 1, 'the line of the entry when the field is missing');
        assert.equal(error.details?.find((p) => p.field === 'entries[3].status')?.line, lineOf('"status": "bijna"'), 'the line of the faulty field');
        assert.doesNotMatch(error.details?.find((p) => p.field === 'entries[3].name')?.message ?? '', /entry "/);
        return true;
      });
      assert.deepEqual([await count(), await historyCount()], before);
    });

    it('a good file stores every entry as a draft, in file order, with its history; YAML with "entries" too', async () => {
      const before = await count();
      const result = await importing('fiches.json', JSON.stringify([entryInput('Wegdekscan'), entryInput('Parkeersensoren')]));
      assert.deepEqual(result.created.map((c) => c.name), ['Wegdekscan', 'Parkeersensoren']);
      for (const created of result.created) {
        const stored = await getEntry(db, created.id);
        assert.equal(stored.state, 'draft');
        assert.equal(stored.tenantId, 'leiebeke');
        assert.equal(stored.author, 'editor@leiebeke.be');
        assert.deepEqual((await getHistory(db, created.id)).map((s) => s.action), ['create']);
      }
      const yaml = await importing('fiches.yaml', `# fiches\n${stringify({ entries: [entryInput('Vertaalhulp', { status: 'idea' })] })}`, null);
      assert.equal(yaml.created.length, 1);
      assert.equal((await getEntry(db, yaml.created[0]?.id ?? '')).tenantId, null);
      assert.equal(await count(), before + 3);
    });

    it('a failure in the middle of storing leaves nothing of the file', async () => {
      // A real constraint the validation cannot see: the second insert of the file violates it.
      await db.exec("create unique index test_unique_entry_name on register_entries ((entry->>'name'))");
      try {
        await importing('eerste.json', JSON.stringify([entryInput('Bestaat al')]));
        const before = [await count(), await historyCount()];
        await assert.rejects(importing('tweede.json', JSON.stringify([entryInput('Nieuw en geldig'), entryInput('Bestaat al'), entryInput('Nog een')])), /test_unique_entry_name/);
        assert.deepEqual([await count(), await historyCount()], before);
        const names = await db.query<{ name: string }>("select entry->>'name' as name from register_entries where entry->>'name' = 'Nieuw en geldig'");
        assert.equal(names.length, 0, 'the first entry of the file was rolled back');
      } finally {
        await db.exec('drop index test_unique_entry_name');
      }
    });

    it('refuses an empty file, an oversized file, too many entries, another shape and unknown tenants', async () => {
      const before = await count();
      await assert.rejects(importing('leeg.json', '  \n'), { code: 'invalid_input', message: /the file is empty/ });
      await assert.rejects(importing('leeg.yaml', '# niets\n'), { code: 'invalid_input', message: /the file is empty/ });
      await assert.rejects(importing('geen.json', '[]'), { code: 'invalid_input', message: /holds no entries/ });
      await assert.rejects(importing('groot.json', `[${' '.repeat(10 * 1024 * 1024)}]`), { code: 'payload_too_large', message: /limit is 10 MB/ });
      await assert.rejects(importing('veel.json', `[${'{},'.repeat(5000)}{}]`), { code: 'invalid_input', message: /5001 entries; the limit is 5000/ });
      await assert.rejects(importing('vorm.yaml', 'name: los\n'), { code: 'invalid_input', message: /must be a list of entries/ });
      await assert.rejects(importing('fiches.json', JSON.stringify([entryInput('X')]), 'nergensdorp'), { code: 'unknown_tenant' });
      assert.equal(await count(), before);
    });

    it('reports unparseable JSON and YAML with the line the parser stopped at', async () => {
      await assert.rejects(importing('kapot.json', '[\n  {"name": "a"},\n  {"name": }\n]'), (error: Rejection) => {
        assert.deepEqual(error.details, [{ file: 'kapot.json', line: 3, message: "invalid JSON: Unexpected token '}'" }]);
        return true;
      });
      await assert.rejects(importing('kapot.yaml', 'entries:\n  - name: a\n    status: [pilot\n  - name: b\n'), (error: Rejection) => {
        assert.equal(error.details?.[0]?.line, 4);
        assert.match(error.details?.[0]?.message ?? '', /^invalid YAML: /);
        return true;
      });
    });

    it('detects Algoritmeregister records per record, public or internal names, next to our own entries', async () => {
      const exported = toAlgoritmeregister({ ...validEntry(entryInput('Uit het Nederlandse register')), considerations: 'Afweging.', riskManagement: 'Beheer.', supplier: 'Intern', timeline: { inUseSince: '2025-01-01' }, status: 'in-use', impactAssessmentNote: 'Geen.', publicationCategory: 'other', data: { description: 'Gegevens.', sources: [] } });
      assert.ok(exported.ok, JSON.stringify(!exported.ok && exported.problems));
      const internal = { name: 'Interne namen', description_short: 'Kort.', goal: 'Doel.', methods_and_models: 'Methode.', human_intervention: 'Mens.', status: 'In gebruik', contact_email: 'x@y.nl' };
      const result = await importing('gemengd.json', JSON.stringify([entryInput('Eigen fiche'), exported.record, internal]));
      const stored = await Promise.all(result.created.map((c) => getEntry(db, c.id)));
      assert.deepEqual(stored.map((s) => s.entry.name), ['Eigen fiche', 'Uit het Nederlandse register', 'Interne namen']);
      assert.equal(stored[2]?.entry.leadOrganisation.name, 'Gemeente Leiebeke', 'a record without organisation takes the tenant');
      assert.equal(stored[2]?.entry.contact, 'x@y.nl');

      await assert.rejects(importing('nl.json', JSON.stringify([{ ...internal, status: 'Misschien' }])), (error: Rejection) => {
        assert.deepEqual(error.details?.map((p) => [p.field, p.message]), [['entries[0].status', 'unknown status "Misschien", expected In ontwikkeling, In gebruik or Buiten gebruik (entry "Interne namen")']]);
        return true;
      });
    });

    it('imports an Algoritmeregister sample file, taking the organisation and contact from the tenant', { skip: noSamples }, async () => {
      const content = readFileSync(`${samplesDir}Brickyard.json`, 'utf8');
      const result = await importing('Brickyard.json', content);
      assert.equal(result.created.length, (JSON.parse(content) as unknown[]).length);
      const first = await getEntry(db, result.created[0]?.id ?? '');
      assert.equal(first.state, 'draft');
      assert.equal(first.entry.leadOrganisation.name, 'Gemeente Leiebeke');
      assert.equal(first.entry.contact, 'info@leiebeke.example');
      assert.doesNotMatch(first.entry.purposeAndImpact, /<[a-z]/, 'HTML became text');
    });
  });
}

function validEntry(input: RegisterEntryInput) {
  const result = validateRegisterEntry(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.entry;
}

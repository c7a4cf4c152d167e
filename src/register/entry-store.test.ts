// Named scenarios of the register workflow, on every storage backend: what is public when, and
// that every change is kept in an appended history.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { importContent } from '../knowledge/index.js';
import { DEMO } from '../knowledge/test-support/scratch-pack.js';
import type { Db } from '../storage/index.js';
import { openTestDb, testBackends } from '../storage/test-support/open-test-db.js';
import { EntryChangedError } from '../errors/index.js';
import {
  createDraft,
  getEntry,
  getHistory,
  getPublicEntry,
  getPublicHistory,
  latestRejectionReasons,
  listPublished,
  moveEntryIn,
  publish,
  reject,
  retract,
  submit,
  updateDraft,
  type RegisterEntryInput,
} from './index.js';

const at = (minute: number) => new Date(Date.UTC(2027, 2, 1, 9, minute));

function entryInput(overrides: Partial<RegisterEntryInput> = {}): RegisterEntryInput {
  return {
    name: 'Digitale assistent voor het loket',
    shortDescription: 'Een chatassistent beantwoordt vragen van inwoners.',
    leadOrganisation: { name: 'Gemeente Leiebeke' },
    programme: 'gzg-call',
    purposeAndImpact: 'Inwoners krijgen dag en nacht antwoord op eenvoudige vragen.',
    howItWorks: 'Een taalmodel formuleert antwoorden uit opgehaalde pagina’s, met bronvermelding.',
    status: 'in-use',
    humanOversight: 'Een medewerker neemt over op vraag.',
    contact: 'ai@leiebeke.be',
    ...overrides,
  };
}

for (const backend of testBackends()) {
  describe(`register entries on ${backend}`, () => {
    let db: Db;
    before(async () => {
      db = await openTestDb(backend);
      await importContent(db, DEMO);
    });
    after(async () => db.close());

    const isListed = async (id: string) => (await listPublished(db)).some((e) => e.id === id);

    it('a draft is never public', async () => {
      const draft = await createDraft(db, { tenantId: 'leiebeke', author: 'auteur@leiebeke.be', input: entryInput({ name: 'Conceptregel' }), at: at(0) });
      assert.equal(draft.state, 'draft');
      assert.equal(draft.entry.name, 'Conceptregel');
      assert.equal(await isListed(draft.id), false);
      assert.equal((await listPublished(db, { q: 'conceptregel' })).length, 0);
      assert.equal((await listPublished(db, { tenantId: 'leiebeke' })).some((e) => e.id === draft.id), false);
    });

    it('a submitted entry is not public until a reviewer publishes it', async () => {
      const draft = await createDraft(db, { tenantId: 'leiebeke', author: 'auteur@leiebeke.be', input: entryInput({ name: 'Slimme camera' }), at: at(1) });
      const submitted = await submit(db, { id: draft.id, actor: 'auteur@leiebeke.be', at: at(2) });
      assert.equal(submitted.state, 'submitted');
      assert.equal(await isListed(draft.id), false);
      await assert.rejects(retract(db, { id: draft.id, actor: 'auteur@leiebeke.be', at: at(3) }), (error: Error & { code?: string }) => {
        assert.equal(error.code, 'conflict');
        assert.match(error.message, /"submitted"/);
        assert.match(error.message, /"published"/);
        return true;
      });

      const published = await publish(db, { id: draft.id, reviewer: 'reviewer@regio.be', at: at(4) });
      assert.equal(published.state, 'published');
      assert.deepEqual(published.publishedAt, at(4));
      assert.equal(await isListed(draft.id), true);
      assert.deepEqual((await listPublished(db, { q: 'SLIMME' })).map((e) => e.id), [draft.id]);
      assert.deepEqual((await listPublished(db, { q: 'dag en nacht', programme: 'gzg-call', status: 'in-use', tenantId: 'leiebeke' })).map((e) => e.id), [draft.id]);
      assert.equal((await listPublished(db, { programme: 'city-of-things' })).some((e) => e.id === draft.id), false);
      assert.equal((await listPublished(db, { tenantId: 'scheldegem' })).some((e) => e.id === draft.id), false);
      assert.equal((await listPublished(db, { q: '%' })).some((e) => e.id === draft.id), false, 'a LIKE wildcard is matched literally');

      // Under review it cannot change; once published, an edit starts a new version (see below).
      const again = await createDraft(db, { tenantId: 'leiebeke', author: 'auteur@leiebeke.be', input: entryInput({ name: 'In review' }), at: at(5) });
      await submit(db, { id: again.id, actor: 'auteur@leiebeke.be', at: at(5) });
      await assert.rejects(updateDraft(db, { id: again.id, actor: 'auteur@leiebeke.be', input: entryInput(), at: at(5) }), { code: 'conflict' });
    });

    it('a rejected entry returns to its author with the reason', async () => {
      const draft = await createDraft(db, { tenantId: 'scheldegem', author: 'auteur@scheldegem.be', input: entryInput({ name: 'Leefloonadvies' }), at: at(10) });
      await submit(db, { id: draft.id, actor: 'auteur@scheldegem.be', at: at(11) });
      await assert.rejects(reject(db, { id: draft.id, reviewer: 'reviewer@regio.be', reason: '  ', at: at(12) }), { code: 'invalid_input' });
      const rejected = await reject(db, { id: draft.id, reviewer: 'reviewer@regio.be', reason: 'Vul de menselijke tussenkomst aan.', at: at(12) });
      assert.equal(rejected.state, 'rejected');
      assert.equal(await isListed(draft.id), false);
      const history = await getHistory(db, draft.id);
      assert.deepEqual(history.at(-1), { seq: 3, action: 'reject', state: 'rejected', at: at(12), reason: 'Vul de menselijke tussenkomst aan.', changedFields: [] });
      await assert.rejects(publish(db, { id: draft.id, reviewer: 'reviewer@regio.be', at: at(13) }), { code: 'conflict' });

      const again = await updateDraft(db, {
        id: draft.id,
        actor: 'auteur@scheldegem.be',
        input: entryInput({ name: 'Leefloonadvies', humanOversight: 'Een maatschappelijk werker beslist altijd zelf.' }),
        at: at(14),
      });
      assert.equal(again.state, 'draft');
      assert.equal(again.entry.humanOversight, 'Een maatschappelijk werker beslist altijd zelf.');
      assert.equal(again.author, 'auteur@scheldegem.be');
    });

    it('a retracted entry leaves search but keeps its history', async () => {
      const draft = await createDraft(db, { tenantId: null, author: 'auteur@igean.be', input: entryInput({ name: 'Sluikstortdetectie', leadOrganisation: { name: 'IGEAN' } }), at: at(20) });
      assert.equal(draft.tenantId, null);
      await submit(db, { id: draft.id, actor: 'auteur@igean.be', at: at(21) });
      await publish(db, { id: draft.id, reviewer: 'reviewer@regio.be', at: at(22) });
      assert.equal(await isListed(draft.id), true);
      const retracted = await retract(db, { id: draft.id, actor: 'auteur@igean.be', reason: 'Project stopgezet.', at: at(23) });
      assert.equal(retracted.state, 'retracted');
      assert.equal(await isListed(draft.id), false);
      assert.equal((await listPublished(db, { q: 'sluikstort' })).length, 0);
      const history = await getHistory(db, draft.id);
      assert.deepEqual(history.map((s) => [s.action, s.state]), [['create', 'draft'], ['submit', 'submitted'], ['publish', 'published'], ['retract', 'retracted']]);
      assert.equal(history.at(-1)?.reason, 'Project stopgezet.');
      assert.equal((await getEntry(db, draft.id)).entry.name, 'Sluikstortdetectie');
      await assert.rejects(submit(db, { id: draft.id, actor: 'auteur@igean.be', at: at(24) }), { code: 'conflict' });
    });

    it('an edited published entry stays public in its published version until the new version is published', async () => {
      const { id } = await createDraft(db, { tenantId: 'leiebeke', author: 'auteur@leiebeke.be', input: entryInput({ name: 'Parkeerscan' }), at: at(40) });
      await submit(db, { id, actor: 'auteur@leiebeke.be', at: at(41) });
      await publish(db, { id, reviewer: 'reviewer@regio.be', at: at(42) });
      const edited = await updateDraft(db, { id, actor: 'auteur@leiebeke.be', input: entryInput({ name: 'Parkeerscan', status: 'retired', timeline: { retiredOn: '2027-03' } }), at: at(43) });
      assert.equal(edited.state, 'draft');
      const listed = (await listPublished(db)).find((e) => e.id === id);
      assert.equal(listed?.entry.status, 'in-use', 'the published version, not the draft');
      assert.equal((await getPublicEntry(db, id)).entry.status, 'in-use');
      assert.equal((await listPublished(db, { status: 'retired' })).some((e) => e.id === id), false);
      await submit(db, { id, actor: 'auteur@leiebeke.be', at: at(44) });
      await publish(db, { id, reviewer: 'reviewer@regio.be', at: at(45) });
      assert.equal((await listPublished(db)).find((e) => e.id === id)?.entry.status, 'retired');
      const history = await getPublicHistory(db, id);
      assert.deepEqual(history.map((v) => v.action), ['publish', 'publish']);
      assert.deepEqual(history[1]?.changes.map((c) => c.field), ['status', 'timeline']);
    });

    it('an entry under re-review can be retracted: the public version is withdrawn, the pending edit never shown', async () => {
      const { id } = await createDraft(db, { tenantId: 'leiebeke', author: 'auteur@leiebeke.be', input: entryInput({ name: 'Drukteteller' }), at: at(50) });
      await submit(db, { id, actor: 'auteur@leiebeke.be', at: at(51) });
      await publish(db, { id, reviewer: 'reviewer@regio.be', at: at(52) });
      await updateDraft(db, { id, actor: 'auteur@leiebeke.be', input: entryInput({ name: 'Drukteteller', supplier: 'Nog niet gekozen NV' }), at: at(53) });
      await submit(db, { id, actor: 'auteur@leiebeke.be', at: at(54) });
      const retracted = await retract(db, { id, actor: 'admin@leiebeke.be', reason: 'Project gestopt.', at: at(55) });
      assert.equal(retracted.state, 'retracted');
      assert.equal(retracted.entry.supplier, undefined, 'the retracted entry keeps its public version, without the edit');
      assert.equal(await isListed(id), false);
      const shown = await getPublicEntry(db, id);
      assert.equal(shown.state, 'retracted');
      assert.equal(shown.entry.supplier, undefined, 'the unreviewed edit is never public');
      assert.deepEqual((await getPublicHistory(db, id)).map((v) => v.action), ['publish', 'retract']);
      assert.deepEqual((await getHistory(db, id)).map((s) => s.action), ['create', 'submit', 'publish', 'update', 'submit', 'retract']);

      // A draft that was never published has nothing public to retract.
      const never = await createDraft(db, { tenantId: 'leiebeke', author: 'auteur@leiebeke.be', input: entryInput({ name: 'Nooit gepubliceerd' }), at: at(56) });
      await assert.rejects(retract(db, { id: never.id, actor: 'admin@leiebeke.be', at: at(57) }), (error: Error & { code?: string }) => {
        assert.equal(error.code, 'conflict');
        assert.match(error.message, /never published/);
        return true;
      });
      assert.equal((await getEntry(db, never.id)).state, 'draft');
    });

    it('every change is appended to history with the fields it changed', async () => {
      const draft = await createDraft(db, { tenantId: 'leiebeke', author: 'auteur@leiebeke.be', input: entryInput({ name: 'Wegdekscan' }), at: at(30) });
      await updateDraft(db, { id: draft.id, actor: 'auteur@leiebeke.be', input: entryInput({ name: 'Wegdekscan 3D', status: 'pilot', supplier: 'Leverancier NV' }), at: at(31) });
      await submit(db, { id: draft.id, actor: 'auteur@leiebeke.be', at: at(32) });
      await publish(db, { id: draft.id, reviewer: 'reviewer@regio.be', at: at(33) });

      const history = await getHistory(db, draft.id);
      assert.deepEqual(history.map((s) => s.seq), [1, 2, 3, 4]);
      assert.deepEqual(history.map((s) => s.action), ['create', 'update', 'submit', 'publish']);
      assert.deepEqual(history.map((s) => s.at), [at(30), at(31), at(32), at(33)]);
      assert.ok(history[0]?.changedFields.includes('name') && history[0].changedFields.includes('contact'), 'creation sets every field');
      assert.deepEqual(history[1]?.changedFields, ['name', 'status', 'supplier']);
      assert.deepEqual(history[2]?.changedFields, []);
      assert.deepEqual(history[3]?.changedFields, []);
      assert.ok(history.every((s) => !('actor' in s)), 'the public history does not name staff');

      const stored = await db.query('select seq, entry from register_entry_history where entry_id = $1 order by seq', [draft.id]);
      assert.equal((stored[0]?.entry as { name: string }).name, 'Wegdekscan', 'earlier versions stay as they were');
      await assert.rejects(getHistory(db, 'no-such-entry'), { code: 'not_found' });
      await assert.rejects(submit(db, { id: 'no-such-entry', actor: 'x', at: at(34) }), { code: 'not_found' });
    });

    it('an update given the version its editor saw is refused once someone else changed the entry, under the row lock', async () => {
      const { id, updatedAt: opened } = await createDraft(db, { tenantId: 'leiebeke', author: 'auteur@leiebeke.be', input: entryInput({ name: 'Twee editors' }), at: at(60) });
      const update = (supplier: string, expectedUpdatedAt: Date | undefined, minute: number) =>
        db.transaction((tx) => moveEntryIn(tx, { id, actor: 'auteur@leiebeke.be', at: at(minute), action: 'update', input: entryInput({ name: 'Twee editors', supplier }), ...(expectedUpdatedAt ? { expectedUpdatedAt } : {}) }));

      const first = await update('Eerste NV', new Date(opened.toISOString()), 61);
      assert.deepEqual(first.updatedAt, at(61));
      await assert.rejects(update('Tweede NV', opened, 62), (error: Error & { code?: string }) => {
        assert.ok(error instanceof EntryChangedError);
        assert.equal(error.code, 'conflict');
        assert.match(error.message, /the entry was changed by someone else since you opened it; reload it to see the changes/);
        return true;
      });
      assert.equal((await getEntry(db, id)).entry.supplier, 'Eerste NV');
      assert.deepEqual((await getHistory(db, id)).map((s) => s.action), ['create', 'update']);
      // With the version now stored it saves; without an expectation nothing is compared.
      assert.equal((await update('Tweede NV', first.updatedAt, 63)).entry.supplier, 'Tweede NV');
      assert.equal((await update('Derde NV', undefined, 64)).entry.supplier, 'Derde NV');
      // A step someone else took is a change too, reported as such rather than as the state's refusal.
      await submit(db, { id, actor: 'auteur@leiebeke.be', at: at(65) });
      await assert.rejects(update('Vierde NV', at(64), 66), EntryChangedError);
      await assert.rejects(update('Vierde NV', at(65), 66), (error: Error) => !(error instanceof EntryChangedError) && /"submitted"/.test(error.message));
    });

    it('the latest rejection reason of many entries in one query', async () => {
      const rejectedTwice = await createDraft(db, { tenantId: 'leiebeke', author: 'auteur@leiebeke.be', input: entryInput({ name: 'Twee keer afgewezen' }), at: at(70) });
      await submit(db, { id: rejectedTwice.id, actor: 'auteur@leiebeke.be', at: at(71) });
      await reject(db, { id: rejectedTwice.id, reviewer: 'reviewer@regio.be', reason: 'Eerste reden.', at: at(72) });
      await updateDraft(db, { id: rejectedTwice.id, actor: 'auteur@leiebeke.be', input: entryInput({ name: 'Twee keer afgewezen' }), at: at(73) });
      await submit(db, { id: rejectedTwice.id, actor: 'auteur@leiebeke.be', at: at(74) });
      await reject(db, { id: rejectedTwice.id, reviewer: 'reviewer@regio.be', reason: 'Tweede reden.', at: at(75) });
      const rejectedOnce = await createDraft(db, { tenantId: 'leiebeke', author: 'auteur@leiebeke.be', input: entryInput({ name: 'Eén keer afgewezen' }), at: at(76) });
      await submit(db, { id: rejectedOnce.id, actor: 'auteur@leiebeke.be', at: at(77) });
      await reject(db, { id: rejectedOnce.id, reviewer: 'reviewer@regio.be', reason: 'Enige reden.', at: at(78) });
      const never = await createDraft(db, { tenantId: 'leiebeke', author: 'auteur@leiebeke.be', input: entryInput({ name: 'Nooit afgewezen' }), at: at(79) });

      const reasons = await latestRejectionReasons(db, [rejectedTwice.id, rejectedOnce.id, never.id, 'no-such-entry']);
      assert.deepEqual(Object.fromEntries(reasons), { [rejectedTwice.id]: 'Tweede reden.', [rejectedOnce.id]: 'Enige reden.' });
      assert.equal((await latestRejectionReasons(db, [])).size, 0);
    });

    it('invalid entries are rejected field by field and nothing is stored', async () => {
      const count = async () => (await db.query<{ n: number }>('select count(*)::int as n from register_entries'))[0]?.n;
      const historyCount = async () => (await db.query<{ n: number }>('select count(*)::int as n from register_entry_history'))[0]?.n;
      const [entriesBefore, historyBefore] = [await count(), await historyCount()];

      await assert.rejects(
        createDraft(db, { tenantId: 'leiebeke', author: 'auteur@leiebeke.be', input: entryInput({ name: '', contact: 'niet bereikbaar', status: 'bijna' as 'idea' }), at: at(40) }),
        (error: Error & { code?: string; details?: Array<{ field?: string; message: string }> }) => {
          assert.equal(error.code, 'invalid_input');
          assert.deepEqual(error.details?.map((p) => p.field).sort(), ['contact', 'name', 'status']);
          return true;
        },
      );
      await assert.rejects(createDraft(db, { tenantId: 'nergensdorp', author: 'x', input: entryInput(), at: at(40) }), { code: 'unknown_tenant' });

      const draft = await createDraft(db, { tenantId: 'leiebeke', author: 'auteur@leiebeke.be', input: entryInput({ name: 'Geldig' }), at: at(41) });
      await assert.rejects(updateDraft(db, { id: draft.id, actor: 'auteur@leiebeke.be', input: entryInput({ name: 'x'.repeat(100) }), at: at(42) }), { code: 'invalid_input' });
      assert.equal((await getEntry(db, draft.id)).entry.name, 'Geldig');
      assert.equal(await count(), (entriesBefore ?? 0) + 1);
      assert.equal(await historyCount(), (historyBefore ?? 0) + 1);
    });
  });
}

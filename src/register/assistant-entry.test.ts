// The assistant's own register entry: what it says to residents, and how it follows the municipality's settings.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { importContent, type Tenant } from '../knowledge/index.js';
import { DEMO } from '../knowledge/test-support/scratch-pack.js';
import type { Db } from '../storage/index.js';
import { openTestDb, testBackends } from '../storage/test-support/open-test-db.js';
import { getTenantSettings, saveTenantSettings, upsertTenant } from '../tenants/index.js';
import {
  assistantEntry,
  createDraft,
  createDraftIn,
  findPublishedAssistantEntryId,
  flemishPrinciples,
  getEntry,
  getHistory,
  listPublished,
  moveEntryIn,
  publish,
  retract,
  submit,
  syncAllAssistantEntries,
  syncAssistantEntry,
  validateRegisterEntry,
} from './index.js';

const tenant: Tenant = {
  id: 'leiebeke', name: 'Leiebeke', kind: 'gemeente', style: 'u', website: 'https://www.leiebeke.example',
  address: 'Marktplein 1, 8999 Leiebeke', phone: '+32 56 00 10 00', email: 'info@leiebeke.example',
};
const publicUrl = 'https://loket.example.be/';
const at = (minute: number) => new Date(Date.UTC(2027, 4, 1, 9, minute));

describe('the assistant entry, generated', () => {
  const generated = assistantEntry(tenant, { retentionDays: 30 }, { publicUrl });
  const valid = validateRegisterEntry(generated);

  it('is a valid entry naming the municipality, in use, by the municipality as deployer', () => {
    assert.ok(valid.ok, JSON.stringify(!valid.ok && valid.problems));
    const entry = valid.entry;
    assert.equal(entry.name, 'Digitale assistent van Leiebeke');
    assert.deepEqual(entry.leadOrganisation, { name: 'Gemeente Leiebeke' });
    assert.equal(entry.status, 'in-use');
    assert.equal(entry.programme, 'own');
    assert.deepEqual(entry.aiAct, { role: 'deployer', riskClass: 'transparency-obligations' });
    assert.equal(entry.supplier, 'Loket (open source)');
    assert.deepEqual(Object.keys(entry.principles).sort(), [...flemishPrinciples].sort());
  });

  it('says what the transparency page says: retrieval with sources, no generative model, a person on request', () => {
    assert.ok(valid.ok);
    const entry = valid.entry;
    assert.deepEqual(entry.kindsOfAi, ['rule-based', 'natural-language-processing']);
    assert.match(entry.howItWorks, /geen generatief taalmodel/);
    assert.match(entry.howItWorks, /met de bron/);
    assert.match(entry.howItWorks, /niet weet/);
    assert.match(entry.humanOversight ?? '', /Praat met een medewerker/);
    assert.match(entry.objectionRoute ?? '', /Praat met een medewerker/);
    assert.ok(entry.risks.some((r) => /fout/.test(r.risk) && /bron/.test(r.mitigation)));
    assert.ok(entry.risks.some((r) => /persoonsgegevens/.test(r.risk) && /30 dagen/.test(r.mitigation)));
  });

  it('takes the retention period from the settings', () => {
    assert.ok(valid.ok);
    assert.equal(valid.entry.personalData.processed, 'yes');
    assert.match(valid.entry.personalData.description ?? '', /uit het bericht gehaald[\s\S]*na 30 dagen verwijderd/);
    const longer = assistantEntry(tenant, { retentionDays: 180 }, { publicUrl });
    assert.match(longer.personalData?.description ?? '', /na 180 dagen verwijderd/);
    assert.doesNotMatch(longer.personalData?.description ?? '', /30 dagen/);
  });

  it('links the transparency page and is reached at the e-mail address, else the https website, else that page', () => {
    const page = 'https://loket.example.be/t/leiebeke/over-deze-assistent';
    assert.equal(generated.publicPage, page);
    assert.equal(generated.contact, 'info@leiebeke.example');
    assert.equal(assistantEntry({ ...tenant, email: null }, { retentionDays: 30 }, { publicUrl }).contact, 'https://www.leiebeke.example');
    assert.equal(assistantEntry({ ...tenant, email: null, website: 'http://www.leiebeke.example' }, { retentionDays: 30 }, { publicUrl }).contact, page);
  });
});

for (const backend of testBackends()) {
  describe(`the assistant entry kept in step on ${backend}`, () => {
    let db: Db;
    before(async () => {
      db = await openTestDb(backend);
      await importContent(db, DEMO);
    });
    after(async () => db.close());

    it('the first sync publishes it at once, listed in the public register', async () => {
      assert.equal(await findPublishedAssistantEntryId(db, 'leiebeke'), undefined);
      const result = await syncAssistantEntry(db, 'leiebeke', { at: at(0), publicUrl });
      assert.equal(result.changed, true);
      assert.equal(await findPublishedAssistantEntryId(db, 'leiebeke'), result.id);
      const stored = await getEntry(db, result.id);
      assert.equal(stored.state, 'published');
      assert.equal(stored.tenantId, 'leiebeke');
      assert.equal(stored.systemKey, 'assistant:leiebeke');
      assert.equal(stored.author, 'system:loket');
      assert.deepEqual(stored.publishedAt, at(0));
      assert.deepEqual((await getHistory(db, result.id)).map((s) => [s.action, s.state]), [['create', 'draft'], ['submit', 'submitted'], ['publish', 'published']]);
      assert.deepEqual((await listPublished(db, { tenantId: 'leiebeke' })).map((e) => e.id), [result.id]);
      assert.deepEqual(stored.entry.timeline, { inUseSince: '2027-05' }, 'in use since the month it was first published');
    });

    it('a changed retention period appends exactly one revise step; syncing again changes nothing', async () => {
      const id = (await findPublishedAssistantEntryId(db, 'leiebeke')) ?? '';
      await saveTenantSettings(db, 'leiebeke', { ...(await getTenantSettings(db, 'leiebeke')), retentionDays: 45 });
      assert.deepEqual(await syncAssistantEntry(db, 'leiebeke', { at: at(1), publicUrl }), { id, changed: true });
      const history = await getHistory(db, id);
      assert.deepEqual(history.map((s) => s.action), ['create', 'submit', 'publish', 'revise']);
      const revision = history.at(-1);
      assert.equal(revision?.state, 'published');
      assert.ok(revision?.changedFields.includes('personalData'), `changed: ${revision?.changedFields.join(', ')}`);
      assert.equal(revision?.changedFields.includes('name'), false);
      const stored = await getEntry(db, id);
      assert.match(stored.entry.personalData.description ?? '', /na 45 dagen verwijderd/);
      assert.deepEqual(stored.publishedAt, at(0), 'a revision does not republish');
      assert.equal(stored.entry.timeline.inUseSince, '2027-05', 'a revision keeps the month it went live');
      assert.deepEqual(stored.updatedAt, at(1));

      assert.deepEqual(await syncAssistantEntry(db, 'leiebeke', { at: at(2), publicUrl }), { id, changed: false });
      assert.equal((await getHistory(db, id)).length, 4);
      assert.deepEqual((await listPublished(db, { tenantId: 'leiebeke' })).map((e) => e.id), [id]);
    });

    it('follows the municipality profile too, and leaves an entry the municipality retracted alone', async () => {
      const id = (await syncAssistantEntry(db, 'scheldegem', { at: at(10), publicUrl })).id;
      await upsertTenant(db, { id: 'scheldegem', name: 'Scheldegem', kind: 'gemeente', style: 'u', website: 'https://www.scheldegem.example', address: null, phone: null, email: 'ai@scheldegem.example' });
      assert.equal((await syncAssistantEntry(db, 'scheldegem', { at: at(11), publicUrl })).changed, true);
      assert.ok((await getHistory(db, id)).at(-1)?.changedFields.includes('contact'));

      await retract(db, { id, actor: 'admin@scheldegem.example', at: at(12), reason: 'Nog niet in gebruik.' });
      await saveTenantSettings(db, 'scheldegem', { ...(await getTenantSettings(db, 'scheldegem')), retentionDays: 10 });
      assert.deepEqual(await syncAssistantEntry(db, 'scheldegem', { at: at(13), publicUrl }), { id, changed: false });
      assert.equal((await getEntry(db, id)).state, 'retracted');
    });

    it('says it is in use since the month, in Belgium, it was first published, and keeps that month through revisions', async () => {
      // 22:30 UTC on 30 April is already 1 May in Brussels.
      const { id } = await syncAssistantEntry(db, 'kempenhout', { at: new Date('2027-04-30T22:30:00Z'), publicUrl });
      assert.equal((await getEntry(db, id)).entry.timeline.inUseSince, '2027-05');
      await saveTenantSettings(db, 'kempenhout', { ...(await getTenantSettings(db, 'kempenhout')), retentionDays: 60 });
      assert.equal((await syncAssistantEntry(db, 'kempenhout', { at: new Date('2027-09-15T10:00:00Z'), publicUrl })).changed, true);
      assert.equal((await getEntry(db, id)).entry.timeline.inUseSince, '2027-05');
    });

    it('syncs every tenant, skipping one whose entry has no valid contact yet', async () => {
      await upsertTenant(db, { id: 'zonderadres', name: 'Zonderadres', kind: 'gemeente', style: 'je', website: 'http://zonderadres.example', address: null, phone: null, email: null });
      const result = await syncAllAssistantEntries(db, { at: at(20), publicUrl: 'http://127.0.0.1:8080' });
      assert.deepEqual(result.synced.map((s) => s.tenantId).sort(), ['kempenhout', 'leiebeke', 'scheldegem']);
      assert.deepEqual(result.skipped.map((s) => [s.tenantId, s.problems.map((p) => p.field)]), [['zonderadres', ['contact']]]);
      assert.equal(await findPublishedAssistantEntryId(db, 'zonderadres'), undefined);
      assert.equal(result.synced.find((s) => s.tenantId === 'kempenhout')?.changed, true);
    });

    it('only entries Loket maintains are revised; people retract and resubmit', async () => {
      const draft = await createDraft(db, { tenantId: 'leiebeke', author: 'auteur@leiebeke.be', input: assistantEntry(tenant, { retentionDays: 30 }, { publicUrl }), at: at(30) });
      await submit(db, { id: draft.id, actor: 'auteur@leiebeke.be', at: at(31) });
      await publish(db, { id: draft.id, reviewer: 'reviewer@regio.be', at: at(32) });
      const revising = db.transaction((tx) => moveEntryIn(tx, { id: draft.id, actor: 'auteur@leiebeke.be', at: at(33), action: 'revise', input: draft.entry }));
      await assert.rejects(revising, { code: 'conflict', message: /only entries Loket maintains itself/ });
      assert.equal((await getHistory(db, draft.id)).length, 3);
    });

    it('store functions run inside a caller transaction and roll back with it', async () => {
      const count = async () => (await db.query<{ n: number }>('select count(*)::int as n from register_entries'))[0]?.n ?? 0;
      const before = await count();
      await assert.rejects(
        db.transaction(async (tx) => {
          const created = await createDraftIn(tx, { tenantId: 'leiebeke', author: 'auteur@leiebeke.be', input: assistantEntry(tenant, { retentionDays: 30 }, { publicUrl }), at: at(40) });
          await moveEntryIn(tx, { id: created.id, actor: 'auteur@leiebeke.be', at: at(41), action: 'submit' });
          throw new Error('the caller changes its mind');
        }),
        /changes its mind/,
      );
      assert.equal(await count(), before);
    });
  });
}

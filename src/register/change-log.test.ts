// The public change log on every storage backend: publications, revisions and retractions show, newest
// first; drafts, submissions and rejections never do, and neither does who acted.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { importContent } from '../knowledge/index.js';
import { DEMO } from '../knowledge/test-support/scratch-pack.js';
import type { Db } from '../storage/index.js';
import { openTestDb, testBackends } from '../storage/test-support/open-test-db.js';
import { isPublicStep, listPublicChanges } from './change-log.js';
import { createDraft, createPublishedIn, moveEntryIn, publish, reject, retract, submit } from './index.js';
import { entryInput } from './test-support/stored-entries.js';

const at = (minute: number) => new Date(Date.UTC(2027, 2, 1, 9, minute));

describe('isPublicStep', () => {
  it('counts steps that leave an entry published or retracted, except editing and review', () => {
    assert.equal(isPublicStep('publish', 'published'), true);
    assert.equal(isPublicStep('retract', 'retracted'), true);
    assert.equal(isPublicStep('revise', 'published'), true);
    for (const [action, state] of [['create', 'draft'], ['create', 'published'], ['update', 'draft'], ['submit', 'submitted'], ['reject', 'rejected']] as const) {
      assert.equal(isPublicStep(action, state), false, `${action} → ${state}`);
    }
  });
});

for (const backend of testBackends()) {
  describe(`public change log on ${backend}`, () => {
    let db: Db;
    const ids: Record<string, string> = {};
    before(async () => {
      db = await openTestDb(backend);
      await importContent(db, DEMO);
      const author = 'auteur@leiebeke.be';
      const reviewer = 'reviewer@regio.be';
      // A draft that is only submitted, and one that is rejected: neither may ever show.
      const draft = await createDraft(db, { tenantId: 'leiebeke', author, input: entryInput('Geheim concept'), at: at(0) });
      await submit(db, { id: draft.id, actor: author, at: at(1) });
      const rejected = await createDraft(db, { tenantId: 'scheldegem', author, input: entryInput('Afgewezen voorstel'), at: at(2) });
      await submit(db, { id: rejected.id, actor: author, at: at(3) });
      await reject(db, { id: rejected.id, reviewer, reason: 'Vul de menselijke tussenkomst aan.', at: at(4) });
      // Published, then retracted with a reason.
      const retracted = await createDraft(db, { tenantId: 'scheldegem', author, input: entryInput('Sluikstortdetectie'), at: at(5) });
      await submit(db, { id: retracted.id, actor: author, at: at(6) });
      await publish(db, { id: retracted.id, reviewer, at: at(7) });
      await retract(db, { id: retracted.id, actor: author, reason: 'Project stopgezet.', at: at(9) });
      // Published, then revised by the system.
      const revised = await db.transaction((tx) =>
        createPublishedIn(tx, { tenantId: 'leiebeke', actor: 'loket', input: entryInput('Digitale assistent'), at: at(8), systemKey: 'test:assistent' }),
      );
      await db.transaction((tx) =>
        moveEntryIn(tx, { id: revised.id, actor: 'loket', at: at(10), action: 'revise', input: entryInput('Digitale assistent', { status: 'in-use', timeline: { inUseSince: '2027-03' } }) }),
      );
      Object.assign(ids, { draft: draft.id, rejected: rejected.id, retracted: retracted.id, revised: revised.id });
    });
    after(async () => db.close());
    // Only this test's entries, should the demo import one day seed register entries of its own.
    const mine = async (options: Parameters<typeof listPublicChanges>[1] = {}) =>
      (await listPublicChanges(db, options)).filter((c) => Object.values(ids).includes(c.entryId));

    it('lists publications, revisions and retractions, newest first', async () => {
      const changes = await mine();
      assert.deepEqual(
        changes.map((c) => [c.entryId, c.action, c.kind, c.at.toISOString()]),
        [
          [ids.revised, 'revise', 'updated', at(10).toISOString()],
          [ids.retracted, 'retract', 'retracted', at(9).toISOString()],
          [ids.revised, 'publish', 'published', at(8).toISOString()],
          [ids.retracted, 'publish', 'published', at(7).toISOString()],
        ],
      );
    });

    it('never shows a draft, a submission or a rejection, nor its reason', async () => {
      const changes = await listPublicChanges(db);
      assert.ok(!changes.some((c) => c.entryId === ids.draft || c.entryId === ids.rejected));
      assert.ok(!JSON.stringify(changes).includes('menselijke tussenkomst'));
    });

    it('names the entry, gives a reason only for a retraction and the fields changed since the last public step', async () => {
      const [revision, retraction, , publication] = await mine();
      assert.deepEqual(retraction, {
        entryId: ids.retracted,
        seq: 4,
        entryName: 'Sluikstortdetectie',
        action: 'retract',
        kind: 'retracted',
        at: at(9),
        reason: 'Project stopgezet.',
        changedFields: [],
      });
      assert.deepEqual(revision?.changedFields, ['status', 'timeline']);
      assert.equal(revision?.reason, null);
      assert.deepEqual(publication?.changedFields, [], 'a first publication has nothing to compare with');
    });

    it('never says who acted', async () => {
      const changes = await listPublicChanges(db);
      const text = JSON.stringify(changes);
      for (const who of ['auteur@leiebeke.be', 'reviewer@regio.be', '"loket"', 'actor']) assert.ok(!text.includes(who), who);
    });

    it('limits to the newest changes, still comparing with an older public step', async () => {
      const [only, ...rest] = await listPublicChanges(db, { limit: 1 });
      assert.equal(rest.length, 0);
      assert.equal(only?.entryId, ids.revised);
      assert.deepEqual(only?.changedFields, ['status', 'timeline']);
      await assert.rejects(listPublicChanges(db, { limit: 0 }), { code: 'invalid_input' });
      await assert.rejects(listPublicChanges(db, { limit: 2.5 }), { code: 'invalid_input' });
    });

    it("filters on the lead organisation's tenant", async () => {
      assert.deepEqual(
        (await mine({ tenantId: 'scheldegem' })).map((c) => [c.entryId, c.kind]),
        [
          [ids.retracted, 'retracted'],
          [ids.retracted, 'published'],
        ],
      );
      assert.deepEqual(await mine({ tenantId: 'kempenhout' }), []);
    });
  });
}

// Notifications between nodes: one node hears what another commits, and installations in other
// schemas of the same database hear nothing of it (NOTIFY channels belong to the database).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../storage/index.js';
import { openTestDb, testBackends } from '../storage/test-support/open-test-db.js';
import { clusterChannel, listenContentChanges, listenConversationChanges, notifyContentChange, notifyConversationChange, type ContentChange } from './index.js';
import { openTwoNodes, type TwoNodes } from './test-support/open-two-nodes.js';

/** Resolves with the first `count` changes `listen` reports. */
function collect<T>(count: number): { received: T[]; done: Promise<T[]>; push: (change: T) => void } {
  const received: T[] = [];
  let finish = (_: T[]) => undefined as void;
  const done = new Promise<T[]>((resolve) => {
    finish = resolve;
  });
  return { received, done, push: (change) => { received.push(change); if (received.length === count) finish(received); } };
}

for (const backend of testBackends()) {
  describe(`cluster notifications on ${backend}`, () => {
    let nodes: TwoNodes;
    before(async () => {
      nodes = await openTwoNodes(backend);
    });
    after(async () => nodes.close());

    it('names each topic\'s channel after the schema', async () => {
      const [row] = await nodes.a.query<{ schema: string }>('select current_schema() as schema');
      assert.equal(await clusterChannel(nodes.a, 'content'), `loket_content_${row?.schema}`);
      assert.equal(await clusterChannel(nodes.b, 'conversations'), `loket_conversations_${row?.schema}`);
    });

    it('node B hears the content versions node A commits, and none that were rolled back', async () => {
      const heard = collect<ContentChange>(2);
      const stop = await listenContentChanges(nodes.b, heard.push);
      await assert.rejects(nodes.a.transaction(async (tx) => {
        await notifyContentChange(tx, { scope: 'leiebeke', version: 7 });
        throw new Error('abort');
      }));
      await nodes.a.transaction((tx) => notifyContentChange(tx, { scope: 'leiebeke', version: 8 }));
      await notifyContentChange(nodes.a, { scope: '@regional', version: 3 });
      assert.deepEqual(await heard.done, [{ scope: 'leiebeke', version: 8 }, { scope: '@regional', version: 3 }]);
      await stop();
    });

    it('ignores payloads of another shape on the channel', async () => {
      const heard = collect<unknown>(1);
      const stop = await listenConversationChanges(nodes.b, heard.push);
      await nodes.a.query('select pg_notify($1, $2)', [await clusterChannel(nodes.a, 'conversations'), 'not a change']);
      await nodes.a.query('select pg_notify($1, $2)', [await clusterChannel(nodes.a, 'conversations'), 'leiebeke:c1:unknown_state']);
      await notifyConversationChange(nodes.a, { tenantId: 'leiebeke', conversationId: 'c2', state: 'waiting' });
      assert.deepEqual(await heard.done, [{ tenantId: 'leiebeke', conversationId: 'c2', state: 'waiting' }]);
      await stop();
    });
  });
}

describe('cluster notifications between schemas of one PostgreSQL database', { skip: !testBackends().includes('postgres') && 'needs LOKET_TEST_DATABASE_URL' }, () => {
  let one: Db;
  let other: Db;
  before(async () => {
    [one, other] = [await openTestDb('postgres'), await openTestDb('postgres')];
  });
  after(async () => {
    await one.close();
    await other.close();
  });

  it('an installation in another schema hears nothing of this one\'s changes', async () => {
    const heard = collect<ContentChange>(1);
    const stop = await listenContentChanges(other, heard.push);
    await notifyContentChange(one, { scope: 'leiebeke', version: 1 });
    // Notifications reach a listener in commit order: had the first been heard, it would come first.
    await notifyContentChange(other, { scope: 'marker', version: 2 });
    assert.deepEqual(await heard.done, [{ scope: 'marker', version: 2 }]);
    await stop();
  });
});

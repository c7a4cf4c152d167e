// Rate limits across nodes: with the database store two nodes share one budget per key (and keep
// no client address in the clear); with the memory store each node counts alone.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createKnowledgeCache } from '../assistant/index.js';
import { createConversationFeed, pruneRateLimitHits } from '../cluster/index.js';
import { openTwoNodes, type TwoNodes } from '../cluster/test-support/open-two-nodes.js';
import { loadConfig } from '../config/index.js';
import { importContent } from '../knowledge/index.js';
import { DEMO } from '../knowledge/test-support/scratch-pack.js';
import { createLogger } from '../logging/index.js';
import type { Db } from '../storage/index.js';
import { testBackends } from '../storage/test-support/open-test-db.js';
import { createApp } from './index.js';
import { createDatabaseRateLimiter, createRateLimiter } from './rate-limit.js';
import { postJson } from './test-support/api-client.js';

const MINUTE = 60_000;
const refused = { code: 'rate_limited' };

for (const backend of testBackends()) {
  describe(`rate limits across nodes on ${backend}`, () => {
    let nodes: TwoNodes;
    before(async () => {
      nodes = await openTwoNodes(backend);
    });
    after(async () => nodes.close());

    it('with the database store two nodes share one budget per key, window by window', async () => {
      let now = Date.UTC(2027, 0, 4, 10, 0, 5);
      const clock = () => now;
      const onA = createDatabaseRateLimiter(nodes.a, 'chat', 3, MINUTE, clock);
      const onB = createDatabaseRateLimiter(nodes.b, 'chat', 3, MINUTE, clock);
      await onA.take('leiebeke:203.0.113.7');
      await onB.take('leiebeke:203.0.113.7');
      await onA.take('leiebeke:203.0.113.7');
      await assert.rejects(onB.take('leiebeke:203.0.113.7'), { ...refused, message: 'too many requests; try again in 55 seconds' });
      await assert.rejects(onA.take('leiebeke:203.0.113.7'), refused);
      // Another client, and another budget with the same keys, count on their own.
      await onB.take('leiebeke:198.51.100.1');
      await createDatabaseRateLimiter(nodes.b, 'conversation', 3, MINUTE, clock).take('leiebeke:203.0.113.7');
      // The next window starts on the minute, the same on every node.
      now = Date.UTC(2027, 0, 4, 10, 1, 0);
      await onB.take('leiebeke:203.0.113.7');
    });

    it('many requests at once on two nodes are never let through past the limit', async () => {
      const clock = () => Date.UTC(2027, 0, 4, 11, 0, 0);
      const limiters = [createDatabaseRateLimiter(nodes.a, 'burst', 10, MINUTE, clock), createDatabaseRateLimiter(nodes.b, 'burst', 10, MINUTE, clock)];
      const results = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => limiters[i % 2]!.take('client')));
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 10);
    });

    it('stores only a hash of the key, and the retention job\'s prune removes finished windows', async () => {
      const clock = () => Date.UTC(2027, 0, 4, 12, 0, 0);
      await createDatabaseRateLimiter(nodes.a, 'chat', 3, MINUTE, clock).take('leiebeke:192.0.2.55');
      const stored = await nodes.a.query<{ key_hash: string }>('select key_hash from rate_limit_hits');
      assert.ok(stored.length > 0 && stored.every((row) => !row.key_hash.includes('192.0.2.55')));
      assert.ok((await pruneRateLimitHits(nodes.a, new Date(Date.UTC(2027, 0, 4, 11, 30)))) > 0);
      const left = await nodes.a.query<{ window_start: Date }>('select window_start from rate_limit_hits');
      assert.deepEqual(left.map((row) => new Date(row.window_start).toISOString()), ['2027-01-04T12:00:00.000Z']);
    });

    it('the chat API on two nodes with LOKET_RATE_LIMIT_STORE=database: the third message of a minute is refused', async () => {
      await importContent(nodes.a, DEMO);
      const env = { LOKET_RATE_LIMIT_STORE: 'database', LOKET_CHAT_LIMIT_PER_MINUTE: '2', LOKET_NOW: '2026-12-07T10:15:00+01:00' };
      const appOn = (db: Db) =>
        createApp({ db, config: loadConfig(env), logger: createLogger('silent'), knowledge: createKnowledgeCache(db), conversationFeed: createConversationFeed(db) });
      const [appA, appB] = [appOn(nodes.a), appOn(nodes.b)];
      // The windows follow the real clock: a run that straddles a minute is run again, from empty
      // counters (the straddled run's hits would otherwise count against the next minute's window).
      for (let attempt = 0; attempt < 3; attempt += 1) {
        await nodes.a.query('delete from rate_limit_hits');
        const started = Math.floor(Date.now() / MINUTE);
        const statuses = [];
        for (const app of [appA, appB, appA]) statuses.push((await postJson(app, '/api/v1/tenants/leiebeke/chat', { message: 'wat kost een reispas' })).status);
        if (Math.floor(Date.now() / MINUTE) !== started) continue;
        assert.deepEqual(statuses, [200, 200, 429]);
        return;
      }
      assert.fail('three runs straddled a minute');
    });
  });
}

describe('rate limits in memory', () => {
  it('count per process: two nodes each allow the full limit (N nodes × limit)', async () => {
    const clock = () => 0;
    const [onA, onB] = [createRateLimiter(2, MINUTE, clock), createRateLimiter(2, MINUTE, clock)];
    for (const limiter of [onA, onB, onA, onB]) await limiter.take('client');
    await assert.rejects(onA.take('client'), refused);
    await assert.rejects(onB.take('client'), refused);
  });
});

// Content reaches every node within a second: a change through one node (console edit, pack
// import) is answered by another node's knowledge cache once the notification arrives, without
// waiting for the periodic check; the periodic check still finds a change no one notified.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTwoNodes, type TwoNodes } from '../cluster/test-support/open-two-nodes.js';
import { applyContent, editInstance, importContent, loadConcepts, loadTenantContent } from '../knowledge/index.js';
import { DEMO } from '../knowledge/test-support/scratch-pack.js';
import { testBackends } from '../storage/test-support/open-test-db.js';
import { askAssistant } from './ask-assistant.js';
import { createKnowledgeCache, type KnowledgeCache } from './knowledge-cache.js';

/** Gives the event loop a turn, so notifications can arrive between two reads. */
const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Milliseconds until `seen()` holds, reading again after every event-loop turn; fails past `limitMs`. */
async function msUntil(seen: () => Promise<boolean>, limitMs: number): Promise<number> {
  const started = performance.now();
  while (!(await seen())) {
    if (performance.now() - started > limitMs) assert.fail(`not seen within ${limitMs} ms`);
    await yieldToIo();
  }
  return performance.now() - started;
}

for (const backend of testBackends()) {
  describe(`knowledge cache across nodes on ${backend}`, () => {
    let nodes: TwoNodes;
    let cacheB: KnowledgeCache;
    let stopFollowing: () => Promise<void>;
    const measured: number[] = [];
    before(async () => {
      nodes = await openTwoNodes(backend);
      await importContent(nodes.a, DEMO);
      // Municipalities with three products: what is measured is the way to node B, not the rebuild
      // of its knowledge (CPU work any content change costs, on one node as on many; about 0.2 s
      // for a demo municipality's 51 products, much more on a busy test machine).
      for (const tenant of ['leiebeke', 'scheldegem']) {
        const content = await loadTenantContent(nodes.a, tenant);
        assert.ok(content);
        const kept = content.instances.filter((i) => ['eid-aanvragen', 'reispas', 'rijbewijs'].includes(i.conceptId));
        assert.equal(kept.length, 3);
        await applyContent(nodes.a, { tenants: [{ ...content, instances: kept }] }, 'test:small');
      }
      // A check interval of a minute: only the notification can make node B see a change in time.
      cacheB = createKnowledgeCache(nodes.b, 60_000);
      stopFollowing = await cacheB.followChanges();
    });
    after(async () => {
      console.log(`content propagation on ${backend}: ${measured.map((ms) => `${ms.toFixed(1)} ms`).join(', ')}`);
      await stopFollowing();
      await nodes.close();
    });

    const costOnB = async () => (await cacheB.get('leiebeke')).instances.get('eid-aanvragen')?.cost;

    it('a console edit through node A is answered by node B within 1 s', async () => {
      assert.match((await costOnB()) ?? '', /24,50/);
      for (const cost of ['€ 26,10', '€ 27,20', '€ 28,30']) {
        await editInstance(nodes.a, 'leiebeke', 'eid-aanvragen', { cost }, 'test:node-a');
        const ms = await msUntil(async () => (await costOnB()) === cost, 1000);
        measured.push(ms);
        assert.ok(ms < 1000, `${ms} ms`);
      }
      const { reply } = await askAssistant({ db: nodes.b, knowledge: cacheB }, 'leiebeke', { message: 'hoeveel kost een nieuwe identiteitskaart?', now: new Date('2026-12-07T10:15:00+01:00') });
      assert.match(reply.text, /28,30/);
    });

    it('a change to the regional concepts reaches every tenant on node B within 1 s', async () => {
      const titleOnB = async (tenant: string) => (await cacheB.get(tenant)).concepts.get('eid-aanvragen')?.title;
      const before = await titleOnB('scheldegem');
      await titleOnB('leiebeke');
      const concepts = (await loadConcepts(nodes.a)).map((c) => (c.id === 'eid-aanvragen' ? { ...c, title: `${c.title} (nieuw)` } : c));
      await applyContent(nodes.a, { concepts, tenants: [] }, 'test:node-a');
      const ms = await msUntil(async () => (await titleOnB('scheldegem')) === `${before} (nieuw)` && (await titleOnB('leiebeke')) === `${before} (nieuw)`, 1000);
      measured.push(ms);
      assert.ok(ms < 1000, `${ms} ms`);
    });

    it('without notifications the periodic check still finds a new version', async () => {
      const polling = createKnowledgeCache(nodes.b, 0);
      const seenBefore = (await polling.get('leiebeke')).instances.get('eid-aanvragen')?.cost;
      await editInstance(nodes.a, 'leiebeke', 'eid-aanvragen', { cost: '€ 30,00' }, 'test:node-a');
      assert.notEqual(seenBefore, '€ 30,00');
      assert.equal((await polling.get('leiebeke')).instances.get('eid-aanvragen')?.cost, '€ 30,00');
    });
  });
}


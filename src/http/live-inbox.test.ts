// The live inbox across nodes: a handoff, an agent's reply, a resident's message to a person and
// closing, stored through node A, reach a staff member's event stream served by node B; ordinary
// chat turns and other municipalities stay off it; the stream ends when the node stops.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { askAssistant, createKnowledgeCache, type KnowledgeCache } from '../assistant/index.js';
import { createConversationFeed, type ConversationFeed } from '../cluster/index.js';
import { openTwoNodes, type TwoNodes } from '../cluster/test-support/open-two-nodes.js';
import { loadConfig } from '../config/index.js';
import { appendAgentMessage, changeState } from '../conversations/index.js';
import { importContent } from '../knowledge/index.js';
import { DEMO } from '../knowledge/test-support/scratch-pack.js';
import { createLogger } from '../logging/index.js';
import { testBackends } from '../storage/test-support/open-test-db.js';
import { createSseParser, type SseEvent } from '../../web/widget/sse-parser.js';
import { createApp, type LoketApp } from './index.js';
import { staffTokens } from './test-support/staff-tokens.js';

/** Reads a server-sent event stream event by event. */
function eventReader(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parse = createSseParser();
  const queue: SseEvent[] = [];
  return {
    /** The next event, or undefined when the stream ended; fails after `limitMs`. */
    async next(limitMs = 2000): Promise<SseEvent | undefined> {
      const deadline = performance.now() + limitMs;
      while (queue.length === 0) {
        const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), Math.max(0, deadline - performance.now())).unref());
        const chunk = await Promise.race([reader.read(), timeout]);
        if (chunk === 'timeout') assert.fail(`no event within ${limitMs} ms`);
        if (chunk.done) return undefined;
        queue.push(...parse(decoder.decode(chunk.value, { stream: true })));
      }
      return queue.shift();
    },
    cancel: () => reader.cancel(),
  };
}

for (const backend of testBackends()) {
  describe(`live inbox across nodes on ${backend}`, () => {
    let nodes: TwoNodes;
    let appB: LoketApp;
    let feedB: ConversationFeed;
    let agent: string;
    let knowledgeA: KnowledgeCache;
    const now = new Date('2026-12-07T10:15:00+01:00');
    before(async () => {
      nodes = await openTwoNodes(backend);
      await importContent(nodes.a, DEMO);
      knowledgeA = createKnowledgeCache(nodes.a);
      feedB = createConversationFeed(nodes.b);
      appB = createApp({ db: nodes.b, config: loadConfig({}), logger: createLogger('silent'), knowledge: createKnowledgeCache(nodes.b), conversationFeed: feedB });
      agent = (await staffTokens(nodes.a, ['leiebeke'])).leiebeke!.agent;
    });
    after(async () => {
      await feedB.close();
      await nodes.close();
    });

    const askOnA = (tenant: string, message: string, conversationId?: string) =>
      askAssistant({ db: nodes.a, knowledge: knowledgeA }, tenant, { message, conversationId, now });
    const openStream = async (tenant = 'leiebeke') => {
      const res = await appB.request(`/api/v1/tenants/${tenant}/conversation-events`, { headers: { authorization: `Bearer ${agent}` } });
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/);
      assert.ok(res.body);
      const events = eventReader(res.body);
      assert.equal((await events.next())?.event, 'ready');
      return events;
    };

    it('a handoff stored through node A shows up on node B\'s stream, then every step after it', async () => {
      const events = await openStream();
      // An ordinary turn (state bot) and another municipality's handoff are not in this inbox.
      const ordinary = await askOnA('leiebeke', 'wat kost een reispas');
      await askOnA('scheldegem', 'ik wil een medewerker spreken');
      const started = performance.now();
      const handoff = await askOnA('leiebeke', 'ik wil een medewerker spreken', ordinary.conversationId);
      assert.equal(handoff.reply.type, 'handoff');
      const first = await events.next();
      const ms = performance.now() - started;
      console.log(`live inbox on ${backend}: handoff on node A seen on node B's stream after ${ms.toFixed(1)} ms`);
      assert.equal(first?.event, 'conversation');
      assert.deepEqual(JSON.parse(first?.data ?? ''), { id: ordinary.conversationId, state: 'waiting' });
      assert.ok(ms < 1000, `${ms} ms`);

      const id = ordinary.conversationId;
      await nodes.a.transaction((tx) => appendAgentMessage(tx, 'leiebeke', id, 'Goeiedag, ik help u verder.', 'account:test', now));
      assert.deepEqual(JSON.parse((await events.next())?.data ?? ''), { id, state: 'with_agent' });
      await askOnA('leiebeke', 'dank u, ik wacht', id);
      assert.deepEqual(JSON.parse((await events.next())?.data ?? ''), { id, state: 'with_agent' });
      await nodes.a.transaction((tx) => changeState(tx, 'leiebeke', id, 'closed', 'account:test', now));
      assert.deepEqual(JSON.parse((await events.next())?.data ?? ''), { id, state: 'closed' });
      await events.cancel();
    });

    it('another municipality\'s agent cannot open the stream: 404', async () => {
      const res = await appB.request('/api/v1/tenants/scheldegem/conversation-events', { headers: { authorization: `Bearer ${agent}` } });
      assert.equal(res.status, 404);
    });

    it('the stream ends when the node\'s feed closes (the server stopping)', async () => {
      const feed = createConversationFeed(nodes.b);
      const app = createApp({ db: nodes.b, config: loadConfig({}), logger: createLogger('silent'), knowledge: createKnowledgeCache(nodes.b), conversationFeed: feed });
      const res = await app.request('/api/v1/tenants/leiebeke/conversation-events', { headers: { authorization: `Bearer ${agent}` } });
      assert.ok(res.body);
      const events = eventReader(res.body);
      assert.equal((await events.next())?.event, 'ready');
      await feed.close();
      assert.equal(await events.next(), undefined);
    });
  });
}

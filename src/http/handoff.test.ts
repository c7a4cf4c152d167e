// The handoff from the resident's side and the agent's: explicit states with their history,
// agent replies reaching the widget's poll, the assistant quiet while a person handles it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../storage/index.js';
import type { LoketApp } from './index.js';
import { chatTurn, postJson } from './test-support/api-client.js';
import { openTestApp } from './test-support/test-app.js';
import { staffTokens } from './test-support/staff-tokens.js';

describe('handoff and feedback', () => {
  let app: LoketApp;
  let db: Db;
  let agent: string;
  before(async () => {
    ({ app, db } = await openTestApp({ env: { LOKET_NOW: '2026-12-07T10:15:00+01:00' } }));
    agent = (await staffTokens(db, ['leiebeke'])).leiebeke!.agent;
  });
  after(async () => db.close());

  const post = (path: string, body: unknown, token?: string) => postJson(app, path, body, token);
  const chat = (message: string, conversationId?: string) => chatTurn(app, 'leiebeke', message, conversationId);
  const poll = async (id: string, after = 0) =>
    (await (await app.request(`/api/v1/tenants/leiebeke/chat/${id}/messages?after=${after}`)).json()) as { state: string; messages: Array<{ seq: number; role: string; text: string }> };

  it('bot → waiting → with agent → closed → bot again, each step in the history', async () => {
    const first = await chat('wat kost een reispas');
    const id = first.conversationId;
    assert.equal((await chat('ik wil een medewerker spreken', id)).reply.type, 'handoff');
    assert.equal((await poll(id)).state, 'waiting');

    const inbox = (await (await app.request('/api/v1/tenants/leiebeke/conversations', { headers: { authorization: `Bearer ${agent}` } })).json()) as Array<{ id: string; lastResidentMessage: string }>;
    assert.ok(inbox.some((item) => item.id === id && item.lastResidentMessage === 'ik wil een medewerker spreken'));

    assert.equal((await post(`/api/v1/tenants/leiebeke/conversations/${id}/messages`, { text: 'Goeiedag, ik ben Sarah van de dienst Burgerzaken.' }, agent)).status, 201);
    const seen = await poll(id, 4);
    assert.equal(seen.state, 'with_agent');
    assert.deepEqual(seen.messages.map((m) => [m.seq, m.role, m.text]), [[5, 'agent', 'Goeiedag, ik ben Sarah van de dienst Burgerzaken.']]);

    // While a person handles it the assistant does not answer; the message is stored for the agent.
    const quiet = await chat('ik vertrek volgende week, lukt dat nog?', id);
    assert.equal(quiet.reply.type, 'handoff');
    assert.match(quiet.reply.text, /medewerker die dit gesprek heeft overgenomen/);
    assert.deepEqual((await poll(id, 5)).messages.map((m) => m.role), ['resident']);

    assert.equal((await app.request(`/api/v1/tenants/leiebeke/conversations/${id}/close`, { method: 'POST', headers: { authorization: `Bearer ${agent}` } })).status, 204);
    assert.equal((await poll(id)).state, 'closed');
    const closedReply = await post(`/api/v1/tenants/leiebeke/conversations/${id}/messages`, { text: 'nog iets' }, agent);
    assert.equal(closedReply.status, 409);

    assert.equal((await chat('en wat kost een identiteitskaart?', id)).reply.type, 'answer');
    assert.equal((await poll(id)).state, 'bot');

    const events = await db.query<{ from_state: string; to_state: string }>('select from_state, to_state from conversation_events where conversation_id = $1 order by seq', [id]);
    assert.deepEqual(events.map((e) => `${e.from_state}→${e.to_state}`), ['bot→waiting', 'waiting→with_agent', 'with_agent→closed', 'closed→bot']);
  });

  it('agent replies are stored without personal data the agent typed', async () => {
    const { conversationId } = await chat('ik wil iemand spreken');
    await post(`/api/v1/tenants/leiebeke/conversations/${conversationId}/messages`, { text: 'Bel ons op 0478 12 34 56.' }, agent);
    const last = (await poll(conversationId)).messages.at(-1);
    assert.equal(last?.text, 'Bel ons op [telefoonnummer].');
  });

  it('feedback on a bot reply is stored; feedback on a message that is no bot reply is refused', async () => {
    const { conversationId } = await chat('wat kost een reispas');
    assert.equal((await post(`/api/v1/tenants/leiebeke/chat/${conversationId}/feedback`, { messageSeq: 2, rating: 'down', comment: 'te lang, mail me op an@x.be' })).status, 201);
    const [row] = await db.query<{ rating: string; comment: string }>('select rating, comment from feedback where conversation_id = $1', [conversationId]);
    assert.deepEqual(row, { rating: 'down', comment: 'te lang, mail me op [e-mail]' });
    assert.equal((await post(`/api/v1/tenants/leiebeke/chat/${conversationId}/feedback`, { messageSeq: 1, rating: 'up' })).status, 404);
    assert.equal((await post(`/api/v1/tenants/leiebeke/chat/${conversationId}/feedback`, { messageSeq: 2, rating: 'meh' })).status, 400);
  });

  it('polling another municipality\'s conversation is 404', async () => {
    const { conversationId } = await chat('hallo');
    assert.equal((await app.request(`/api/v1/tenants/scheldegem/chat/${conversationId}/messages`)).status, 404);
  });
});

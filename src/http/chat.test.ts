// POST /api/v1/tenants/{tenant}/chat through app.request(): replies, streaming, conversations,
// the clock override, and every kind of bad request.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../storage/index.js';
import type { LoketApp } from './index.js';
import { openTestApp } from './test-support/test-app.js';

const post = (app: LoketApp, tenant: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(`/api/v1/tenants/${tenant}/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('chat endpoint', () => {
  let app: LoketApp;
  let db: Db;
  before(async () => {
    ({ app, db } = await openTestApp({ env: { LOKET_ALLOW_CLOCK_OVERRIDE: '1', LOKET_NOW: '2026-12-07T10:15:00+01:00' } }));
  });
  after(async () => db.close());

  it('answers with the reply object of the contract and a conversation id', async () => {
    const res = await post(app, 'leiebeke', { message: 'Hoeveel kost een nieuwe identiteitskaart?' });
    assert.equal(res.status, 200);
    const body = (await res.json()) as { conversationId: string; reply: Record<string, unknown> };
    assert.match(body.conversationId, /^[0-9a-f-]{36}$/);
    assert.deepEqual(Object.keys(body.reply).sort(), ['confidence', 'sources', 'text', 'type']);
    assert.equal(body.reply.type, 'answer');
    assert.deepEqual((body.reply.sources as Array<{ id: string }>)[0]?.id, 'eid-aanvragen');
    assert.match(body.reply.text as string, /€ 24,50/);
  });

  it('streams the same reply as server-sent events, ending with one reply event', async () => {
    const res = await post(app, 'leiebeke', { message: 'wat kost een reispas' }, { accept: 'text/event-stream' });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/);
    const events = (await res.text()).split('\n\n').filter(Boolean);
    const last = events[events.length - 1] ?? '';
    assert.match(last, /^event: reply\ndata: /);
    const reply = JSON.parse(last.replace(/^event: reply\ndata: /, '')) as { reply: { text: string; sources: Array<{ id: string }> } };
    assert.equal(reply.reply.sources[0]?.id, 'reispas');
    const streamed = events.filter((e) => e.startsWith('event: delta')).map((e) => (JSON.parse(e.replace(/^event: delta\ndata: /, '')) as { text: string }).text).join('');
    assert.equal(streamed, reply.reply.text);
  });

  it('continues a conversation: a follow-up uses the previous topic', async () => {
    const first = (await (await post(app, 'kempenhout', { message: 'Ik wil een kids-id aanvragen voor mijn dochter' })).json()) as { conversationId: string };
    const second = (await (await post(app, 'kempenhout', { message: 'hoeveel kost dat?', conversationId: first.conversationId })).json()) as { reply: { sources: Array<{ id: string }> } };
    assert.equal(second.reply.sources[0]?.id, 'kids-id');
  });

  it('stores the transcript redacted and marks a handoff as waiting', async () => {
    const res = await post(app, 'scheldegem', { message: 'Ik ben Els, gsm 0478 12 34 56. Ik wil een medewerker spreken.' });
    const { conversationId, reply } = (await res.json()) as { conversationId: string; reply: { type: string; text: string } };
    assert.equal(reply.type, 'handoff');
    assert.ok(!reply.text.includes('0478'));
    const [conversation] = await db.query<{ state: string }>('select state from conversations where id = $1', [conversationId]);
    assert.equal(conversation?.state, 'waiting');
    const messages = await db.query<{ role: string; text: string }>('select role, text from conversation_messages where conversation_id = $1 order by seq', [conversationId]);
    assert.deepEqual(messages.map((m) => m.role), ['resident', 'bot']);
    assert.ok(!messages[0]?.text.includes('0478 12 34 56'));
    assert.match(messages[0]?.text ?? '', /\[telefoonnummer\]/);
  });

  it('never echoes personal data, and still answers the question', async () => {
    const message = 'ik ben an.dewilde@telenet.be, rijksregisternummer 85.07.30-033.28, gsm 0478 12 34 56: wat kost een nieuwe identiteitskaart?';
    const { reply } = (await (await post(app, 'leiebeke', { message })).json()) as { reply: { text: string; sources: Array<{ id: string }> } };
    assert.equal(reply.sources[0]?.id, 'eid-aanvragen');
    for (const value of ['an.dewilde@telenet.be', '85.07.30-033.28', '0478 12 34 56']) assert.ok(!reply.text.includes(value), value);
  });

  it('honours "now" only when the clock override is allowed', async () => {
    const withOverride = (await (await post(app, 'leiebeke', { message: 'is het gemeentehuis vandaag open?', now: '2026-12-25T10:00:00+01:00' })).json()) as { reply: { text: string } };
    assert.match(withOverride.reply.text, /gesloten \(Kerstmis\)/);
    const { app: strict, db: strictDb } = await openTestApp({ env: { LOKET_NOW: '2026-12-07T10:15:00+01:00' } });
    try {
      const ignored = (await (await post(strict, 'leiebeke', { message: 'is het gemeentehuis vandaag open?', now: '2026-12-25T10:00:00+01:00' })).json()) as { reply: { text: string } };
      assert.match(ignored.reply.text, /maandag 7 december/);
    } finally {
      await strictDb.close();
    }
  });

  it('an unknown municipality is 404 unknown_tenant', async () => {
    const res = await post(app, 'leiebeek', { message: 'hallo' });
    assert.equal(res.status, 404);
    assert.deepEqual(await res.json(), { error: { code: 'unknown_tenant', message: 'unknown tenant "leiebeek"' } });
  });

  it('another municipality\'s conversation is 404, as if it did not exist', async () => {
    const { conversationId } = (await (await post(app, 'leiebeke', { message: 'hallo' })).json()) as { conversationId: string };
    const res = await post(app, 'scheldegem', { message: 'en morgen?', conversationId });
    assert.equal(res.status, 404);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'unknown_conversation');
  });

  it('bad input gets 400 invalid_input naming the field', async () => {
    for (const [body, field] of [
      [{}, 'message'],
      [{ message: '' }, 'message'],
      [{ message: 'x'.repeat(2001) }, 'message'],
      [{ message: 'hallo', language: 'es' }, 'language'],
      [{ message: 'hallo', now: 'tomorrow' }, 'now'],
      [{ message: 'hallo', extra: true }, ''],
    ] as const) {
      const res = await post(app, 'leiebeke', body);
      assert.equal(res.status, 400, JSON.stringify(body));
      const error = ((await res.json()) as { error: { code: string; message: string } }).error;
      assert.equal(error.code, 'invalid_input');
      assert.ok(error.message.includes(field), `${error.message} should name ${field}`);
    }
    const malformed = await post(app, 'leiebeke', '{"message": ');
    assert.equal(malformed.status, 400);
    assert.equal(((await malformed.json()) as { error: { code: string } }).error.code, 'invalid_input');
  });

  it('a body over 16 KB is refused with 413', async () => {
    const res = await post(app, 'leiebeke', { message: 'a'.repeat(20_000) });
    assert.equal(res.status, 413);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'payload_too_large');
  });

  it('the OpenAPI document describes the chat route', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, { post?: unknown }> };
    assert.ok(doc.paths['/api/v1/tenants/{tenant}/chat']?.post);
  });
});

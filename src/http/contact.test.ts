// Contact details a resident leaves after a handoff: only with consent, only while a person is
// due, stored as given but never in the transcript, gone with the conversation, audited without values.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { findContactRequest } from '../conversations/index.js';
import { listAudit, purgeExpiredConversations } from '../governance/index.js';
import type { Db } from '../storage/index.js';
import type { LoketApp } from './index.js';
import { chatTurn, postJson } from './test-support/api-client.js';
import { openTestApp } from './test-support/test-app.js';
import { staffTokens } from './test-support/staff-tokens.js';

const DETAILS = { name: 'An Peeters', email: 'an.peeters@example.be', phone: '+32 478 12 34 56', consent: true };

describe('contact details after a handoff', () => {
  let app: LoketApp;
  let db: Db;
  let agent: string;
  before(async () => {
    // A Saturday evening: the handoff reply says when staff respond.
    ({ app, db } = await openTestApp({ env: { LOKET_NOW: '2026-12-12T20:00:00+01:00' } }));
    agent = (await staffTokens(db, ['leiebeke'])).leiebeke!.agent;
  });
  after(async () => db.close());

  const post = (path: string, body: unknown, token?: string) => postJson(app, path, body, token);
  const chat = (message: string, conversationId?: string) => chatTurn(app, 'leiebeke', message, conversationId);
  const handedOff = async () => {
    const { conversationId, reply } = await chat('ik wil met een medewerker spreken');
    assert.equal(reply.type, 'handoff');
    return { conversationId, reply };
  };
  const contact = (conversationId: string, body: unknown, tenant = 'leiebeke') => post(`/api/v1/tenants/${tenant}/chat/${conversationId}/contact`, body);

  it('with consent, after a handoff outside opening hours: 201, stored as given, shown in the inbox', async () => {
    const { conversationId, reply } = await handedOff();
    assert.match(reply.text, /buiten de openingsuren/);
    assert.equal((await contact(conversationId, DETAILS)).status, 201);
    const stored = await findContactRequest(db, 'leiebeke', conversationId);
    assert.deepEqual({ ...stored, consentAt: undefined }, { name: 'An Peeters', email: 'an.peeters@example.be', phone: '+32 478 12 34 56', consentAt: undefined });
    assert.equal(stored?.consentAt, '2026-12-12T19:00:00.000Z');

    const inbox = (await (await app.request('/api/v1/tenants/leiebeke/conversations', { headers: { authorization: `Bearer ${agent}` } })).json()) as Array<{ id: string; contactLeft: boolean }>;
    assert.equal(inbox.find((item) => item.id === conversationId)?.contactLeft, true);
  });

  it('a second request replaces the first: one per conversation', async () => {
    const { conversationId } = await handedOff();
    assert.equal((await contact(conversationId, { email: 'oud@example.be', consent: true })).status, 201);
    assert.equal((await contact(conversationId, { phone: '09 123 45 67', consent: true })).status, 201);
    const rows = await db.query<{ email: string | null; phone: string | null }>('select email, phone from contact_requests where conversation_id = $1', [conversationId]);
    assert.deepEqual(rows, [{ email: null, phone: '09 123 45 67' }]);
  });

  it('never reaches the transcript: not the stored messages, not the resident\'s export', async () => {
    const { conversationId } = await handedOff();
    await contact(conversationId, DETAILS);
    const messages = await db.query<{ text: string; reply: unknown }>('select text, reply from conversation_messages where conversation_id = $1', [conversationId]);
    assert.doesNotMatch(JSON.stringify(messages), /Peeters|example\.be|478/);
    const exported = await (await app.request(`/api/v1/tenants/leiebeke/chat/${conversationId}`)).text();
    assert.doesNotMatch(exported, /Peeters|example\.be|478/);
  });

  it('without consent, without e-mail and phone, or with a bad e-mail or phone: 400', async () => {
    const { conversationId } = await handedOff();
    const bad = [
      { email: 'an@example.be' },
      { email: 'an@example.be', consent: false },
      { email: 'an@example.be', consent: 'yes' },
      { name: 'An', consent: true },
      { consent: true },
      { email: 'an-at-example.be', consent: true },
      { email: `${'a'.repeat(320)}@example.be`, consent: true },
      { phone: 'bel me maar', consent: true },
      { phone: '0'.repeat(41), consent: true },
      { phone: '+ - .', consent: true },
      { email: 'an@example.be', name: 'x'.repeat(201), consent: true },
      { email: 'an@example.be', consent: true, address: 'Kerkstraat 1' },
    ];
    for (const body of bad) {
      const res = await contact(conversationId, body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'invalid_input');
    }
    assert.equal(await findContactRequest(db, 'leiebeke', conversationId), null);
  });

  it('a conversation still with the assistant (state bot) or closed: 409', async () => {
    const { conversationId } = await chat('wat kost een reispas');
    const res = await contact(conversationId, DETAILS);
    assert.equal(res.status, 409);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'conflict');

    const waiting = await handedOff();
    await app.request(`/api/v1/tenants/leiebeke/conversations/${waiting.conversationId}/close`, { method: 'POST', headers: { authorization: `Bearer ${agent}` } });
    assert.equal((await contact(waiting.conversationId, DETAILS)).status, 409);
  });

  it('while an agent handles the conversation: 201', async () => {
    const { conversationId } = await handedOff();
    assert.equal((await post(`/api/v1/tenants/leiebeke/conversations/${conversationId}/messages`, { text: 'Goeiedag.' }, agent)).status, 201);
    assert.equal((await contact(conversationId, { phone: '0478123456', consent: true })).status, 201);
  });

  it('another municipality\'s conversation, or an unknown one: 404', async () => {
    const { conversationId } = await handedOff();
    assert.equal((await contact(conversationId, DETAILS, 'scheldegem')).status, 404);
    assert.equal((await contact('no-such-conversation', DETAILS)).status, 404);
    assert.equal(await findContactRequest(db, 'scheldegem', conversationId), null);
  });

  it('is deleted with the conversation: by the resident and by retention', async () => {
    const byResident = await handedOff();
    await contact(byResident.conversationId, DETAILS);
    assert.equal((await app.request(`/api/v1/tenants/leiebeke/chat/${byResident.conversationId}`, { method: 'DELETE' })).status, 204);
    assert.equal(await findContactRequest(db, 'leiebeke', byResident.conversationId), null);

    const expired = await handedOff();
    await contact(expired.conversationId, DETAILS);
    await purgeExpiredConversations(db, new Date('2028-01-01T00:00:00Z'));
    assert.equal(await findContactRequest(db, 'leiebeke', expired.conversationId), null);
    const [left] = await db.query<{ n: number }>('select count(*)::int as n from contact_requests');
    assert.equal(left?.n, 0);
  });

  it('is audited as contact.leave, with which fields were given but never their values', async () => {
    const { conversationId } = await handedOff();
    await contact(conversationId, { email: 'audit.me@example.be', consent: true });
    const entry = (await listAudit(db, 'leiebeke')).find((e) => e.action === 'contact.leave' && e.target === `conversation:${conversationId}`);
    assert.ok(entry);
    assert.equal(entry.actor, 'resident');
    assert.deepEqual(entry.details, { name: false, email: true, phone: false });
    const all = await db.query<{ n: number }>("select count(*)::int as n from audit_log where details::text like '%example.be%' or details::text like '%Peeters%'");
    assert.equal(all[0]?.n, 0);
  });
});

// Conversations on both database adapters: a turn creates or updates the conversation and appends
// its messages in order; another municipality's conversation does not exist for a tenant.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { importContent } from '../knowledge/index.js';
import { DEMO } from '../knowledge/test-support/scratch-pack.js';
import type { Db } from '../storage/index.js';
import { openTestDb, testBackends } from '../storage/test-support/open-test-db.js';
import { appendTurn, getConversation, listMessages, newConversation } from './index.js';

for (const backend of testBackends()) {
  describe(`conversations on ${backend}`, () => {
    let db: Db;
    before(async () => {
      db = await openTestDb(backend);
      await importContent(db, DEMO);
    });
    after(async () => db.close());

    it('the first turn creates the conversation; later turns append after it', async () => {
      const conversation = newConversation('leiebeke');
      const at = new Date('2026-12-07T09:15:00Z');
      await appendTurn(db, 'leiebeke', conversation.id, { state: 'bot', context: { productId: 'reispas' }, at }, [
        { role: 'resident', text: 'reispas' },
        { role: 'bot', text: 'Een reispas kost …', reply: { type: 'answer' } },
      ]);
      await appendTurn(db, 'leiebeke', conversation.id, { state: 'waiting', context: {}, at: new Date('2026-12-07T09:16:00Z') }, [
        { role: 'resident', text: 'ik wil een medewerker' },
        { role: 'bot', text: 'Ik geef uw vraag door.' },
      ]);
      const stored = await getConversation(db, 'leiebeke', conversation.id);
      assert.equal(stored.state, 'waiting');
      assert.deepEqual(stored.context, {});
      const messages = await listMessages(db, 'leiebeke', conversation.id);
      assert.deepEqual(messages.map((m) => [m.role, m.text]), [
        ['resident', 'reispas'],
        ['bot', 'Een reispas kost …'],
        ['resident', 'ik wil een medewerker'],
        ['bot', 'Ik geef uw vraag door.'],
      ]);
      assert.equal(messages[0]?.at, '2026-12-07T09:15:00.000Z');
      assert.deepEqual(messages[1]?.reply, { type: 'answer' });
    });

    it('another municipality\'s conversation is unknown, as if it did not exist', async () => {
      const conversation = newConversation('leiebeke');
      await appendTurn(db, 'leiebeke', conversation.id, { state: 'bot', context: {}, at: new Date() }, [{ role: 'resident', text: 'hallo' }]);
      await assert.rejects(getConversation(db, 'scheldegem', conversation.id), { code: 'unknown_conversation' });
      await assert.rejects(listMessages(db, 'scheldegem', conversation.id), { code: 'unknown_conversation' });
    });
  });
}

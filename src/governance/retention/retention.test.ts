// Named scenario: "transcripts older than the retention period are deleted", driven by the clock,
// with each municipality's own period and an audit record of the deletion.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { appendTurn, getConversation, newConversation } from '../../conversations/index.js';
import { importContent } from '../../knowledge/index.js';
import { DEMO } from '../../knowledge/test-support/scratch-pack.js';
import type { Db } from '../../storage/index.js';
import { openTestDb, testBackends } from '../../storage/test-support/open-test-db.js';
import { saveTenantSettings } from '../../tenants/index.js';
import { listAudit, purgeExpiredConversations } from '../index.js';

const day = (n: number) => new Date(Date.UTC(2027, 0, 1) + n * 86_400_000);

for (const backend of testBackends()) {
  describe(`retention on ${backend}`, () => {
    let db: Db;
    before(async () => {
      db = await openTestDb(backend);
      await importContent(db, DEMO);
      await saveTenantSettings(db, 'scheldegem', { retentionDays: 30, registerReview: 'regional' });
    });
    after(async () => db.close());

    it('transcripts older than the retention period are deleted, younger ones kept', async () => {
      const talk = async (tenant: string, at: Date) => {
        const c = newConversation(tenant);
        await appendTurn(db, tenant, c.id, { state: 'bot', context: {}, at }, [{ role: 'resident', text: 'hallo' }]);
        return c.id;
      };
      const leiebekeOld = await talk('leiebeke', day(0)); // default period: 90 days
      const leiebekeNew = await talk('leiebeke', day(20));
      const scheldegemOld = await talk('scheldegem', day(0)); // 30 days

      assert.equal((await purgeExpiredConversations(db, day(29))).size, 0, 'nothing is due on day 29');
      const day31 = await purgeExpiredConversations(db, day(31));
      assert.deepEqual(Object.fromEntries(day31), { scheldegem: 1 });
      await assert.rejects(getConversation(db, 'scheldegem', scheldegemOld), { code: 'unknown_conversation' });
      await getConversation(db, 'leiebeke', leiebekeOld);

      const day91 = await purgeExpiredConversations(db, day(91));
      assert.deepEqual(Object.fromEntries(day91), { leiebeke: 1 });
      await assert.rejects(getConversation(db, 'leiebeke', leiebekeOld), { code: 'unknown_conversation' });
      await getConversation(db, 'leiebeke', leiebekeNew);
      const messages = await db.query("select 1 from conversation_messages where conversation_id = $1", [leiebekeOld]);
      assert.equal(messages.length, 0, 'the messages go with their conversation');

      const audit = await listAudit(db, 'leiebeke');
      assert.deepEqual(audit.filter((e) => e.action === 'retention.purge').map((e) => e.details), [{ conversations: 1 }]);
    });
  });
}

// The audit log is append-only and hash-chained: entries verify, edits are refused, and a
// tampered entry is found by the verification.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../../storage/index.js';
import { openTestDb, testBackends } from '../../storage/test-support/open-test-db.js';
import { appendAudit, listAudit, verifyAuditChain } from '../index.js';

for (const backend of testBackends()) {
  describe(`audit log on ${backend}`, () => {
    let db: Db;
    before(async () => {
      db = await openTestDb(backend);
    });
    after(async () => db.close());

    it('appends entries that chain and verify', async () => {
      for (let i = 0; i < 5; i += 1) {
        await db.transaction((tx) => appendAudit(tx, { actor: 'account:a', tenantId: 'leiebeke', action: 'conversation.read', target: `conversation:${i}`, details: { n: i, nested: { b: 1, a: 2 } } }));
      }
      const result = await verifyAuditChain(db);
      assert.deepEqual(result, { checked: 5, intact: true });
      const entries = await listAudit(db, 'leiebeke');
      assert.equal(entries.length, 5);
      assert.equal(entries[0]?.target, 'conversation:4', 'newest first');
      assert.equal(entries[0]?.prevHash, entries[1]?.hash);
    });

    it('refuses updates and deletes (append-only)', async () => {
      await assert.rejects(db.query("update audit_log set action = 'nothing' where seq = 1"), /append-only/);
      await assert.rejects(db.query('delete from audit_log where seq = 1'), /append-only/);
    });

    it('verification finds an entry changed behind the trigger\'s back', async () => {
      // Someone with full database rights disables the trigger and edits history.
      await db.exec('alter table audit_log disable trigger audit_log_no_change');
      await db.query("update audit_log set target = 'conversation:forged' where seq = (select min(seq) + 2 from audit_log)");
      await db.exec('alter table audit_log enable trigger audit_log_no_change');
      const result = await verifyAuditChain(db);
      assert.equal(result.intact, false);
      assert.equal(result.checked, 2);
      assert.match(result.reason ?? '', /content does not match/);
    });
  });
}

// The Db port behaves the same on PGlite and on a PostgreSQL server: types, transactions, migrations.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { migrate, MIGRATIONS, type Db } from './index.js';
import { openTestDb, testBackends } from './test-support/open-test-db.js';

for (const backend of testBackends()) {
  describe(`storage on ${backend}`, () => {
    let db: Db;
    before(async () => {
      db = await openTestDb(backend);
    });
    after(async () => db.close());

    it('returns dates as YYYY-MM-DD strings, bigint as numbers and jsonb parsed', async () => {
      const [row] = await db.query<{ d: unknown; n: unknown; j: unknown }>(
        "select date '2027-02-28' as d, count(*) as n, '{\"a\":[1]}'::jsonb as j from (values (1), (2)) v(x)",
      );
      assert.deepEqual(row, { d: '2027-02-28', n: 2, j: { a: [1] } });
    });

    it('delivers a notification sent in a transaction once it commits, and none from a rolled-back one', async () => {
      const channel = `loket_test_${Math.random().toString(36).slice(2, 8)}`;
      const received: string[] = [];
      const stop = await db.listen(channel, (payload) => received.push(payload));
      await assert.rejects(db.transaction(async (tx) => {
        await tx.query('select pg_notify($1, $2)', [channel, 'rolled back']);
        throw new Error('abort');
      }));
      await db.transaction(async (tx) => {
        await tx.query('select pg_notify($1, $2)', [channel, 'committed']);
      });
      const deadline = Date.now() + 1000;
      while (received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      assert.deepEqual(received, ['committed']);
      await stop();
      await db.query('select pg_notify($1, $2)', [channel, 'after stop']);
      await new Promise((r) => setTimeout(r, 100));
      assert.deepEqual(received, ['committed']);
    });

    it('re-running the migrations applies nothing', async () => {
      assert.deepEqual(await migrate(db), []);
      const rows = await db.query<{ version: number }>('select version from schema_migrations order by version');
      assert.deepEqual(rows.map((r) => r.version), MIGRATIONS.map((m) => m.version));
    });

    it('refuses a migration that was edited after it was applied', async () => {
      const edited = MIGRATIONS.map((m) => (m.version === 1 ? { ...m, sql: `${m.sql}\n-- edited` } : m));
      await assert.rejects(migrate(db, edited), { code: 'storage_unavailable', message: /migration 1 .* was changed/ });
    });

    it('refuses a database newer than the code', async () => {
      await assert.rejects(migrate(db, []), { message: new RegExp(`schema version ${MIGRATIONS.length} but this Loket knows only 0`) });
    });

    it('rolls a transaction back when it throws and keeps nothing of it', async () => {
      await assert.rejects(
        db.transaction(async (tx) => {
          await tx.query("insert into tenants (id, name, kind, style) values ('rollback-test', 'R', 'gemeente', 'u')");
          throw new Error('boom');
        }),
        /boom/,
      );
      assert.deepEqual(await db.query("select id from tenants where id = 'rollback-test'"), []);
    });

    it('commits a transaction that resolves', async () => {
      await db.transaction((tx) => tx.query("insert into tenants (id, name, kind, style) values ('commit-test', 'C', 'gemeente', 'je')"));
      assert.equal((await db.query("select id from tenants where id = 'commit-test'")).length, 1);
    });

    it('enforces the content model constraints (style u/je, tenant slug)', async () => {
      await assert.rejects(db.query("insert into tenants (id, name, kind, style) values ('x', 'X', 'gemeente', 'jij')"));
      await assert.rejects(db.query("insert into tenants (id, name, kind, style) values ('Bad Id', 'X', 'gemeente', 'u')"));
    });
  });
}

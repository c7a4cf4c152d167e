// The PostgreSQL adapter rides out a server restart: statements and transactions are tried again,
// the health check recovers without reopening the Db, and the listener hears notifications again.
// Runs on a private cluster of this test (so stopping it disturbs no other test).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createKnowledgeCache } from '../assistant/index.js';
import { createConversationFeed } from '../cluster/index.js';
import { loadConfig } from '../config/index.js';
import { createApp } from '../http/index.js';
import { createLogger } from '../logging/index.js';
import pg from 'pg';
import type { Db } from './db.js';
import { openPostgres } from './open-postgres.js';
import { privatePostgresUnavailable, startPrivatePostgres, type PrivatePostgres } from './test-support/private-postgres.js';

const skip = !process.env.LOKET_TEST_DATABASE_URL
  ? 'LOKET_TEST_DATABASE_URL is not set (PostgreSQL tests run where a server is installed, as in CI)'
  : privatePostgresUnavailable();
if (skip) console.log(`# PostgreSQL resilience tests skipped: ${skip}`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('PostgreSQL adapter across server restarts', { skip }, () => {
  let server: PrivatePostgres;
  let url: string;
  let db: Db;

  before(async () => {
    server = await startPrivatePostgres();
    url = await server.createDatabase('resilience');
    db = await openPostgres(url);
    await db.exec(`create table items (id text primary key);
      create table counter (id int primary key, n int not null);
      insert into counter values (1, 0);`);
  });
  after(async () => {
    await db?.close();
    await server?.destroy();
  });

  it('a read and a write sent while the server is down succeed once it is back, the write once', async () => {
    await server.stop();
    let settled = false;
    const read = db.query<{ n: number }>('select n from counter where id = 1').finally(() => (settled = true));
    const write = db.query("insert into items values ('sent-while-down')");
    await sleep(300);
    assert.equal(settled, false, 'the read waits for the server instead of failing');
    await server.start();
    assert.deepEqual(await read, [{ n: 0 }]);
    await write;
    assert.deepEqual(await db.query("select id from items where id = 'sent-while-down'"), [{ id: 'sent-while-down' }]);
  });

  it('a transaction whose connection is terminated by a restart runs again as a whole and commits once', async () => {
    let runs = 0;
    await db.transaction(async (tx) => {
      runs += 1;
      await tx.query("insert into items values ('in-restarted-transaction')");
      if (runs === 1) await server.restart();
      await tx.query('select 1');
    });
    assert.equal(runs, 2);
    assert.deepEqual(await db.query("select count(*) as n from items where id = 'in-restarted-transaction'"), [{ n: 1 }]);
  });

  it('a transaction that hits a serialization failure (40001) runs again and sees the other write', async () => {
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    let runs = 0;
    try {
      await db.transaction(async (tx) => {
        runs += 1;
        await tx.query('set transaction isolation level repeatable read');
        await tx.query('select n from counter where id = 1');
        // Another session changes the row after this snapshot was taken: the update below cannot serialize.
        if (runs === 1) await other.query('update counter set n = n + 10 where id = 1');
        await tx.query('update counter set n = n + 1 where id = 1');
      });
    } finally {
      await other.end();
    }
    assert.equal(runs, 2);
    assert.deepEqual(await db.query('select n from counter where id = 1'), [{ n: 11 }]);
  });

  it('never runs a transaction again when its connection dies during COMMIT, and says the outcome is unknown', async () => {
    // A deferred trigger ends the session from inside COMMIT, as a crash at that moment would.
    await db.exec(`create table commit_probe (id int);
      create function end_own_session() returns trigger language plpgsql as
        $$ begin perform pg_terminate_backend(pg_backend_pid()); return null; end $$;
      create constraint trigger end_session_at_commit after insert on commit_probe
        deferrable initially deferred for each row execute function end_own_session();`);
    let runs = 0;
    await assert.rejects(
      db.transaction(async (tx) => {
        runs += 1;
        await tx.query('insert into commit_probe values (1)');
      }),
      { code: 'storage_unavailable', message: /lost during COMMIT .*outcome is unknown, so the transaction was not repeated/ },
    );
    assert.equal(runs, 1);
    assert.deepEqual(await db.query('select count(*) as n from commit_probe'), [{ n: 0 }]);
  });

  it('a statement running past the statement timeout fails with storage_unavailable naming the timeout', async () => {
    const quick = await openPostgres(url, { statementTimeoutMs: 200, maxConnections: 2 });
    try {
      await assert.rejects(quick.query('select pg_sleep(2)'), {
        code: 'storage_unavailable',
        message: /statement timeout of 200 ms \(LOKET_STATEMENT_TIMEOUT_MS\)/,
      });
      await assert.rejects(quick.transaction((tx) => tx.query('select pg_sleep(2)')), { message: /statement timeout of 200 ms/ });
      assert.deepEqual(await quick.query('show statement_timeout'), [{ statement_timeout: '200ms' }]);
    } finally {
      await quick.close();
    }
  });

  it('the health check says 503 while the server is stopped and 200 again once it is started, without reopening the Db', async () => {
    const app = createApp({
      db,
      config: loadConfig({}),
      logger: createLogger('silent'),
      knowledge: createKnowledgeCache(db),
      conversationFeed: createConversationFeed(db),
    });
    assert.equal((await app.request('/healthz')).status, 200);
    await server.stop();
    const down = await app.request('/healthz');
    assert.equal(down.status, 503);
    assert.equal(((await down.json()) as { error: { code: string } }).error.code, 'storage_unavailable');
    await server.start();
    const up = await app.request('/healthz');
    assert.equal(up.status, 200);
    assert.deepEqual(await up.json(), { status: 'ok' });
  });

  it('a listener hears notifications again after the server restarts', async () => {
    const received: string[] = [];
    const stop = await db.listen('resilience_test', (payload) => received.push(payload));
    await db.query("select pg_notify('resilience_test', 'before')");
    await until('the first notification', () => received.includes('before'));
    await server.restart();
    // Notifications sent before the listener is back are lost (as documented); keep sending until one arrives.
    let sent = 0;
    await until('a notification after the restart', async () => {
      sent += 1;
      await db.query("select pg_notify('resilience_test', $1)", [`after-${sent}`]);
      return received.some((p) => p.startsWith('after-'));
    });
    await stop();
  });
});

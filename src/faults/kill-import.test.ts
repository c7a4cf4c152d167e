// Fault: `loket import` is killed with SIGKILL in the middle of storing a large pack on a PostgreSQL
// server. Every tenant must be left wholly at its previous content version (or wholly at the new one),
// versions contiguous, and running the import again must complete.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { privatePostgresUnavailable, startPrivatePostgres, type PrivatePostgres } from '../storage/test-support/private-postgres.js';
import { writeBigPack } from './test-support/big-pack.js';
import { spawnLoket } from './test-support/loket-process.js';

const skip = !process.env.LOKET_TEST_DATABASE_URL
  ? 'LOKET_TEST_DATABASE_URL is not set (PostgreSQL fault tests run where a server is installed, as in CI)'
  : privatePostgresUnavailable();
if (skip) console.log(`# import kill fault test skipped: ${skip}`);

/** Copies of each demo municipality: 60 tenants, a few seconds of writing in one transaction. */
const COPIES = 20;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The import's transaction, recognised by its writes to the content tables.
const IMPORT_TRANSACTION = `select pid, extract(epoch from now() - xact_start)::float8 as age
  from pg_stat_activity
  where application_name = 'loket' and xact_start is not null
    and query ~* 'insert into (instances|locations|closures|waste_streets|waste_collections|content_versions)'`;

/** Watches the import's transaction every 25 ms; `stop` returns for how long it was seen open (s). */
function watchImportTransaction(client: pg.Client, onSeen: (age: number) => void = () => undefined) {
  let stopped = false;
  let longest = 0;
  const watching = (async () => {
    while (!stopped) {
      const { rows } = await client.query<{ age: number }>(IMPORT_TRANSACTION);
      for (const row of rows) {
        longest = Math.max(longest, row.age);
        onSeen(row.age);
      }
      await sleep(25);
    }
  })();
  return {
    async stop() {
      stopped = true;
      await watching;
      return longest;
    },
  };
}

/** Per tenant: its latest version, and whether the stored rows are exactly that version's snapshot. */
async function tenantStates(client: pg.Client) {
  const { rows } = await client.query<{ tenant: string; version: number; versions: number[]; consistent: boolean; edition: string | null }>(
    `with latest as (
       select distinct on (scope) scope, version, snapshot from content_versions where scope <> '@regional' order by scope, version desc
     )
     select t.id as tenant, l.version,
       (select array_agg(version order by version) from content_versions v where v.scope = t.id) as versions,
       coalesce(
         l.snapshot->'tenant'->>'phone' = t.phone
         and jsonb_array_length(l.snapshot->'instances') = (select count(*) from instances i where i.tenant_id = t.id)
         and jsonb_array_length(l.snapshot->'locations') = (select count(*) from locations x where x.tenant_id = t.id)
         and jsonb_array_length(l.snapshot->'wasteCalendar') = (select count(*) from waste_collections w where w.tenant_id = t.id)
         and (select count(distinct substring(cost from 'editie (\\d+)')) from instances i where i.tenant_id = t.id) = 1
         and (select min(substring(cost from 'editie (\\d+)')) from instances i where i.tenant_id = t.id) = split_part(t.phone, ' ', 4)::int::text,
         false) as consistent,
       split_part(t.phone, ' ', 4) as edition
     from tenants t left join latest l on l.scope = t.id
     order by t.id`,
  );
  return rows;
}

function assertConsistent(states: Awaited<ReturnType<typeof tenantStates>>, tenantIds: string[]): void {
  assert.deepEqual(states.map((s) => s.tenant), [...tenantIds].sort(), 'every tenant of the pack is there, and no other');
  const broken = states.filter((s) => !s.consistent);
  assert.deepEqual(broken.slice(0, 5), [], 'each tenant holds exactly the content of its latest version');
  const gaps = states.filter((s) => s.versions.some((v, i) => v !== i + 1));
  assert.deepEqual(gaps.slice(0, 5), [], 'versions are contiguous from 1');
}

describe('kill -9 during an import', { skip }, () => {
  let database: PrivatePostgres;
  let url: string;
  let watcher: pg.Client;

  before(async () => {
    database = await startPrivatePostgres();
    url = await database.createDatabase('loket_import');
    watcher = new pg.Client({ connectionString: url });
    await watcher.connect();
  });
  after(async () => {
    await watcher?.end();
    await database?.destroy();
  });

  it('leaves every tenant at its previous version, and the import completes when run again', async () => {
    const env = { LOKET_DATABASE_URL: url, LOKET_DEMO: '0' };
    const edition1 = writeBigPack(COPIES, 1);
    const watchFirst = watchImportTransaction(watcher);
    const first = spawnLoket(['import', edition1.path], env);
    const firstExit = await first.exited;
    const firstTransaction = await watchFirst.stop();
    assert.equal(firstExit.code, 0, first.output());
    assert.ok(firstTransaction > 0.2, `the import transaction was seen open for ${firstTransaction} s; make the pack bigger`);
    const before = await tenantStates(watcher);
    assertConsistent(before, edition1.tenantIds);
    assert.ok(before.every((s) => s.version === 1 && s.edition === '01'));

    // Edition 2 changes every tenant; kill the import halfway through its transaction.
    const edition2 = writeBigPack(COPIES, 2);
    const killAfter = firstTransaction / 2;
    const second = spawnLoket(['import', edition2.path], env);
    let killedAt: number | undefined;
    const watchSecond = watchImportTransaction(watcher, (age) => {
      if (killedAt === undefined && age >= killAfter) {
        killedAt = age;
        second.child.kill('SIGKILL');
      }
    });
    const secondExit = await second.exited;
    await watchSecond.stop();
    assert.equal(secondExit.signal, 'SIGKILL', `the import finished before it could be killed:\n${second.output()}`);
    // The server ends the dead client's session (and its transaction) once it sees the socket closed.
    const deadline = Date.now() + 15_000;
    while ((await watcher.query("select 1 from pg_stat_activity where application_name = 'loket'")).rows.length > 0) {
      assert.ok(Date.now() < deadline, 'the killed import session ends');
      await sleep(50);
    }
    const afterKill = await tenantStates(watcher);
    assertConsistent(afterKill, edition1.tenantIds);
    const atNew = afterKill.filter((s) => s.edition === '02').length;
    assert.ok(afterKill.every((s) => (s.edition === '01' && s.version === 1) || (s.edition === '02' && s.version === 2)));

    const rerun = spawnLoket(['import', edition2.path], env);
    const rerunExit = await rerun.exited;
    assert.equal(rerunExit.code, 0, rerun.output());
    const final = await tenantStates(watcher);
    assertConsistent(final, edition2.tenantIds);
    assert.ok(final.every((s) => s.version === 2 && s.edition === '02'), 'every tenant is at the new version after the re-run');
    console.log(
      `# kill -9 during an import of ${edition2.tenantIds.length} tenants: import transaction ${firstTransaction.toFixed(1)} s, killed ${killedAt?.toFixed(1)} s into it; after the kill ${afterKill.length - atNew} tenants at the previous version, ${atNew} at the new one, none half-imported; the re-run exited 0 with all at version 2`,
    );
    for (const pack of [edition1, edition2]) rmSync(pack.path, { recursive: true, force: true });
  });
});

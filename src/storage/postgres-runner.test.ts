// Which PostgreSQL failures are tried again and which are not, on a scripted pool (no server needed).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StorageUnavailableError } from '../errors/index.js';
import type { Row } from './db.js';
import { createPostgresRunner, type PoolClientLike, type PoolLike } from './postgres-runner.js';
import { backoffDelay, DEFAULT_RETRY_POLICY } from './retry-transient.js';

const fast = { attempts: 5, firstDelayMs: 1, maxDelayMs: 2, budgetMs: 5000 };

/** A database error as node-postgres builds it from the server's ErrorResponse. */
function serverError(code: string, message: string, severity = 'ERROR'): Error {
  return Object.assign(new Error(message), { code, severity });
}
const refused = () => Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED' });
const lostInFlight = () => new Error('Connection terminated unexpectedly');

/** A pool whose connects and statements follow `script`; it records what happened. */
function scriptedPool(script: { connect?: (n: number) => void; query: (sql: string, n: number) => Row[] }) {
  const log = { connects: 0, statements: [] as string[], released: [] as Array<'reused' | 'discarded'> };
  const pool: PoolLike = {
    connect: async () => {
      log.connects += 1;
      script.connect?.(log.connects);
      const client: PoolClientLike = {
        query: async (sql) => {
          log.statements.push(sql);
          return { rows: script.query(sql, log.statements.filter((s) => s === sql).length) };
        },
        release: (error) => void log.released.push(error ? 'discarded' : 'reused'),
        on: () => client,
        removeListener: () => client,
      };
      return client;
    },
  };
  return { pool, log };
}

describe('PostgreSQL runner: retries', () => {
  it('tries a statement again while the server refuses connections, then answers', async () => {
    const { pool, log } = scriptedPool({
      connect: (n) => {
        if (n <= 2) throw refused();
      },
      query: () => [{ one: 1 }],
    });
    const db = createPostgresRunner(pool, { retry: fast, statementTimeoutMs: 1000 });
    assert.deepEqual(await db.query('select 1 as one'), [{ one: 1 }]);
    assert.equal(log.connects, 3);
  });

  it('gives up after the last attempt with storage_unavailable naming the attempts, never the address', async () => {
    const { pool, log } = scriptedPool({ connect: () => { throw refused(); }, query: () => [] });
    const db = createPostgresRunner(pool, { retry: fast, statementTimeoutMs: 1000 });
    await assert.rejects(db.query('select 1'), (error: Error) => {
      assert.ok(error instanceof StorageUnavailableError);
      assert.match(error.message, /not answering \(5 attempts in [\d.]+ s; last: connection refused \(ECONNREFUSED\)\)/);
      assert.doesNotMatch(error.message, /10\.0\.0\.5/);
      assert.equal((error.cause as { code?: string }).code, 'ECONNREFUSED');
      return true;
    });
    assert.equal(log.connects, 5);
  });

  it('tries a write again when the server reported that it aborted it (57P01 admin shutdown)', async () => {
    const { pool, log } = scriptedPool({
      query: (_sql, n) => {
        if (n === 1) throw serverError('57P01', 'terminating connection due to administrator command', 'FATAL');
        return [];
      },
    });
    const db = createPostgresRunner(pool, { retry: fast, statementTimeoutMs: 1000 });
    await db.query('insert into t values (1)');
    assert.equal(log.statements.length, 2);
    assert.deepEqual(log.released, ['discarded', 'reused']);
  });

  it('does not repeat a write whose connection died in flight (it may have been applied), but does repeat a read', async () => {
    const write = scriptedPool({ query: () => { throw lostInFlight(); } });
    await assert.rejects(
      createPostgresRunner(write.pool, { retry: fast, statementTimeoutMs: 1000 }).query('with c as (insert into t values (1) returning 1) select * from c'),
      { code: 'storage_unavailable', message: /lost while a write was running .*not repeated because it may have been applied/ },
    );
    assert.equal(write.log.statements.length, 1);
    assert.deepEqual(write.log.released, ['discarded']);

    const read = scriptedPool({ query: (_sql, n) => { if (n === 1) throw lostInFlight(); return [{ n: 1 }]; } });
    assert.deepEqual(await createPostgresRunner(read.pool, { retry: fast, statementTimeoutMs: 1000 }).query('select 1 as n'), [{ n: 1 }]);
    assert.equal(read.log.statements.length, 2);
  });

  it('passes other database errors through unchanged, at once, and keeps the connection', async () => {
    const duplicate = serverError('23505', 'duplicate key value violates unique constraint "tenants_pkey"');
    const { pool, log } = scriptedPool({ query: () => { throw duplicate; } });
    await assert.rejects(createPostgresRunner(pool, { retry: fast, statementTimeoutMs: 1000 }).query('insert into tenants values (1)'), (error) => error === duplicate);
    assert.deepEqual(log.released, ['reused']);
  });

  it('reports a statement cancelled by the statement timeout as storage_unavailable naming the timeout', async () => {
    const { pool } = scriptedPool({ query: () => { throw serverError('57014', 'canceling statement due to statement timeout'); } });
    await assert.rejects(createPostgresRunner(pool, { retry: fast, statementTimeoutMs: 250 }).query('select pg_sleep(1)'), {
      code: 'storage_unavailable',
      message: /statement timeout of 250 ms \(LOKET_STATEMENT_TIMEOUT_MS\)/,
    });
  });
});

describe('PostgreSQL runner: transactions', () => {
  it('runs a transaction again as a whole after a serialization failure, committing once', async () => {
    const { pool, log } = scriptedPool({
      query: (sql, n) => {
        if (sql.startsWith('update') && n === 1) throw serverError('40001', 'could not serialize access due to concurrent update');
        return [];
      },
    });
    let runs = 0;
    const result = await createPostgresRunner(pool, { retry: fast, statementTimeoutMs: 1000 }).transaction(async (tx) => {
      runs += 1;
      await tx.query('update t set x = 1');
      return 'done';
    });
    assert.equal(result, 'done');
    assert.equal(runs, 2);
    assert.deepEqual(log.statements, ['begin', 'update t set x = 1', 'rollback', 'begin', 'update t set x = 1', 'commit']);
  });

  it('runs a transaction again when its connection was lost before COMMIT (nothing was committed)', async () => {
    const { pool, log } = scriptedPool({ query: (sql, n) => { if (sql === 'begin' && n === 1) throw lostInFlight(); return []; } });
    await createPostgresRunner(pool, { retry: fast, statementTimeoutMs: 1000 }).transaction((tx) => tx.query('insert into t values (1)'));
    assert.deepEqual(log.statements, ['begin', 'begin', 'insert into t values (1)', 'commit']);
    assert.deepEqual(log.released, ['discarded', 'reused']);
  });

  it('never repeats a transaction whose connection died during COMMIT: its outcome is unknown', async () => {
    const { pool, log } = scriptedPool({ query: (sql) => { if (sql === 'commit') throw lostInFlight(); return []; } });
    let runs = 0;
    await assert.rejects(
      createPostgresRunner(pool, { retry: fast, statementTimeoutMs: 1000 }).transaction(async (tx) => {
        runs += 1;
        await tx.query('insert into t values (1)');
      }),
      { code: 'storage_unavailable', message: /lost during COMMIT .*outcome is unknown/ },
    );
    assert.equal(runs, 1);
    assert.deepEqual(log.released, ['discarded']);
  });

  it('rolls back and rethrows an error of the work itself, once, keeping the connection', async () => {
    const { pool, log } = scriptedPool({ query: () => [] });
    let runs = 0;
    await assert.rejects(
      createPostgresRunner(pool, { retry: fast, statementTimeoutMs: 1000 }).transaction(async () => {
        runs += 1;
        throw new Error('not valid');
      }),
      /not valid/,
    );
    assert.equal(runs, 1);
    assert.deepEqual(log.statements, ['begin', 'rollback']);
    assert.deepEqual(log.released, ['reused']);
  });
});

describe('retry policy', () => {
  it('waits 0.2, 0.4, 0.8 and 1.6 s (±25 %) between the 5 attempts: about 3 s in all', () => {
    const middle = () => 0.5;
    assert.deepEqual([1, 2, 3, 4].map((n) => backoffDelay(DEFAULT_RETRY_POLICY, n, middle)), [200, 400, 800, 1600]);
    assert.equal(backoffDelay(DEFAULT_RETRY_POLICY, 4, () => 0), 1200);
    assert.equal(backoffDelay(DEFAULT_RETRY_POLICY, 9, () => 1), 2000);
  });
});

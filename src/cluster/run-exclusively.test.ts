// Jobs that run on one node at a time: the lock is per job and per installation (schema), and a
// failing run releases it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../storage/index.js';
import { openTestDb } from '../storage/test-support/open-test-db.js';
import { runExclusively } from './index.js';
import { openTwoNodes, type TwoNodes } from './test-support/open-two-nodes.js';

/** Runs `job` on `db` and keeps it running until `release` is called. */
function hold(db: Db, job: string) {
  let release = () => undefined as void;
  let entered = () => undefined as void;
  const inside = new Promise<void>((resolve) => {
    entered = resolve;
  });
  const done = runExclusively(db, job, () => {
    entered();
    return new Promise<void>((resolve) => {
      release = resolve;
    });
  });
  return { inside, done, release: () => release() };
}

describe('running a job on one node at a time', { skip: !process.env.LOKET_TEST_DATABASE_URL && 'needs LOKET_TEST_DATABASE_URL' }, () => {
  let nodes: TwoNodes;
  let elsewhere: Db;
  before(async () => {
    nodes = await openTwoNodes('postgres');
    elsewhere = await openTestDb('postgres');
  });
  after(async () => {
    await elsewhere.close();
    await nodes.close();
  });

  it('skips on node B while node A runs the job; other jobs and other installations run', async () => {
    const held = hold(nodes.a, 'retention');
    await held.inside;
    assert.deepEqual(await runExclusively(nodes.b, 'retention', async () => 'ran'), { ran: false });
    assert.deepEqual(await runExclusively(nodes.b, 'another-job', async () => 'ran'), { ran: true, value: 'ran' });
    assert.deepEqual(await runExclusively(elsewhere, 'retention', async () => 'ran'), { ran: true, value: 'ran' });
    held.release();
    assert.deepEqual(await held.done, { ran: true, value: undefined });
    assert.deepEqual(await runExclusively(nodes.b, 'retention', async () => 'ran'), { ran: true, value: 'ran' });
  });

  it('a run that throws rejects with its error and releases the job', async () => {
    await assert.rejects(runExclusively(nodes.a, 'retention', async () => {
      throw new Error('purge failed');
    }), /purge failed/);
    assert.deepEqual(await runExclusively(nodes.b, 'retention', async () => 'ran'), { ran: true, value: 'ran' });
  });
});

describe('running a job on the embedded database', () => {
  it('just runs it: one process owns the data dir', async () => {
    const db = await openTestDb('pglite');
    assert.deepEqual(await runExclusively(db, 'retention', async () => 'ran'), { ran: true, value: 'ran' });
    await db.close();
  });
});

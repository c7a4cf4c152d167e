// Named scenario: "the retention purge runs on one node at a time": two nodes starting the job
// together delete each expired conversation once and audit the deletion once; while one node
// runs it, another skips.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runExclusively } from '../cluster/index.js';
import { openTwoNodes, type TwoNodes } from '../cluster/test-support/open-two-nodes.js';
import { appendTurn, newConversation } from '../conversations/index.js';
import { listAudit } from '../governance/index.js';
import { importContent } from '../knowledge/index.js';
import { DEMO } from '../knowledge/test-support/scratch-pack.js';
import { createLogger } from '../logging/index.js';
import { testBackends } from '../storage/test-support/open-test-db.js';
import { startRetentionJob } from './retention-job.js';

const day = (n: number) => new Date(Date.UTC(2027, 0, 1) + n * 86_400_000);
const logger = createLogger('silent');

for (const backend of testBackends()) {
  describe(`retention job on two nodes on ${backend}`, () => {
    let nodes: TwoNodes;
    before(async () => {
      nodes = await openTwoNodes(backend);
      await importContent(nodes.a, DEMO);
    });
    after(async () => nodes.close());

    const talk = async (tenant: string, at: Date) => {
      const c = newConversation(tenant);
      await appendTurn(nodes.a, tenant, c.id, { state: 'bot', context: {}, at }, [{ role: 'resident', text: 'hallo' }]);
      return c.id;
    };

    it('two nodes running it at once delete each expired conversation once and audit it once', async () => {
      for (let i = 0; i < 25; i += 1) await talk('leiebeke', day(0));
      for (let i = 0; i < 5; i += 1) await talk('scheldegem', day(0));
      const kept = await talk('leiebeke', day(95));
      const clock = () => day(100);
      const jobs = [startRetentionJob(nodes.a, logger, clock), startRetentionJob(nodes.b, logger, clock)];
      // runNow joins the run each job started at once.
      const runs = await Promise.all(jobs.map((job) => job.runNow()));
      for (const job of jobs) job.stop();

      const deleted = runs.flatMap((run) => (run.ran ? [...run.deleted] : []));
      const total = (tenant: string) => deleted.filter(([t]) => t === tenant).reduce((sum, [, n]) => sum + n, 0);
      assert.equal(total('leiebeke'), 25);
      assert.equal(total('scheldegem'), 5);
      const left = await nodes.b.query<{ id: string }>('select id from conversations');
      assert.deepEqual(left.map((row) => row.id), [kept]);
      for (const [tenant, conversations] of [['leiebeke', 25], ['scheldegem', 5]] as const) {
        const purges = (await listAudit(nodes.b, tenant)).filter((entry) => entry.action === 'retention.purge');
        assert.deepEqual(purges.map((entry) => entry.details), [{ conversations }], tenant);
      }
    });

    it('while one node runs it, another node skips its run', { skip: backend === 'pglite' && 'the embedded database has one node' }, async () => {
      const expired = await talk('leiebeke', day(0));
      let release = () => undefined as void;
      let entered = () => undefined as void;
      const inside = new Promise<void>((resolve) => {
        entered = resolve;
      });
      // Node A's job is inside its run (it holds the lock) until released.
      const held = runExclusively(nodes.a, 'retention', () => {
        entered();
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      });
      await inside;
      const job = startRetentionJob(nodes.b, logger, () => day(100));
      assert.deepEqual(await job.runNow(), { ran: false });
      release();
      assert.deepEqual(await held, { ran: true, value: undefined });
      const run = await job.runNow();
      job.stop();
      assert.ok(run.ran && run.deleted.get('leiebeke') === 1, JSON.stringify(run));
      assert.equal((await nodes.b.query('select 1 from conversations where id = $1', [expired])).length, 0);
    });
  });
}

// The importers' re-sync runs each due source once across the cluster: two nodes claiming at the
// same moment get disjoint sets that together hold every due source.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { claimDueImportSources } from '../importers/index.js';
import { importContent } from '../knowledge/index.js';
import { DEMO } from '../knowledge/test-support/scratch-pack.js';
import { testBackends } from '../storage/test-support/open-test-db.js';
import { openTwoNodes, type TwoNodes } from './test-support/open-two-nodes.js';

for (const backend of testBackends()) {
  describe(`re-sync claims on two nodes on ${backend}`, () => {
    let nodes: TwoNodes;
    before(async () => {
      nodes = await openTwoNodes(backend);
      await importContent(nodes.a, DEMO);
    });
    after(async () => nodes.close());

    it('two nodes claiming at once share the due sources out, each source to one node', async () => {
      for (let i = 0; i < 30; i += 1) {
        await nodes.a.query(
          `insert into import_sources (key, tenant_id, kind, location, resync_minutes, last_run_at) values ($1, 'leiebeke', 'faq', $2, 60, $3)`,
          [`faq:leiebeke:sheet-${i}`, `sheet-${i}.csv`, new Date('2027-01-01T08:00:00Z')],
        );
      }
      const now = new Date('2027-01-01T10:00:00Z');
      const claims = await Promise.all([
        claimDueImportSources(nodes.a, now), claimDueImportSources(nodes.b, now), claimDueImportSources(nodes.a, now), claimDueImportSources(nodes.b, now),
      ]);
      const keys = claims.flatMap((claimed) => claimed.map((source) => source.key));
      assert.equal(keys.length, 30);
      assert.equal(new Set(keys).size, 30);
      assert.deepEqual(await claimDueImportSources(nodes.b, new Date('2027-01-01T10:30:00Z')), [], 'not due again before its interval');
    });
  });
}

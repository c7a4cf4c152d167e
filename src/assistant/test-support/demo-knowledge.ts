// Test helper: the demo municipalities' knowledge, built straight from the pack (no database).
import { readContentSource } from '../../knowledge/index.js';
import { DEMO } from '../../knowledge/test-support/scratch-pack.js';
import { buildTenantKnowledge, type TenantKnowledge } from '../tenant-knowledge.js';

let cache: Record<string, TenantKnowledge> | undefined;

/** Knowledge of leiebeke, scheldegem and kempenhout, built once per test file. */
export function demoKnowledge(): Record<string, TenantKnowledge> {
  if (!cache) {
    const source = readContentSource(DEMO, new Set());
    if (source.problems.length > 0 || !source.concepts) throw new Error('the demo pack does not read cleanly');
    const concepts = source.concepts;
    cache = Object.fromEntries(source.tenants.map((t) => [t.tenant.id, buildTenantKnowledge(concepts, t)]));
  }
  return cache;
}

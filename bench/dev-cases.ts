// The development questions the assistant benchmarks use, and the demo knowledge they run on.
import { readFileSync } from 'node:fs';
import { buildTenantKnowledge, evalCaseSchema, type EvalCase, type TenantKnowledge } from '../src/assistant/index.js';
import { DEMO_PACK_PATH } from '../src/cli/index.js';
import { readContentSource, type Concept, type TenantContent } from '../src/knowledge/index.js';

/** Every case of eval/questions-dev.jsonl. */
export function devCases(): EvalCase[] {
  return readFileSync(new URL('../eval/questions-dev.jsonl', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => evalCaseSchema.parse(JSON.parse(line)));
}

/** Single-turn cases answered from a product (concept id source): the retrieval comparison set. */
export function productCases(cases: readonly EvalCase[]): EvalCase[] {
  return cases.filter((c) => c.turns.length === 1 && c.expect.type === 'answer' && c.expect.source && !c.expect.source.includes(':'));
}

/** The demo content and the knowledge built from it, per tenant. */
export function demoContent(): { concepts: Concept[]; tenants: TenantContent[]; knowledge: Record<string, TenantKnowledge> } {
  const source = readContentSource(DEMO_PACK_PATH, new Set());
  const concepts = source.concepts ?? [];
  return {
    concepts,
    tenants: source.tenants,
    knowledge: Object.fromEntries(source.tenants.map((t) => [t.tenant.id, buildTenantKnowledge(concepts, t)])),
  };
}

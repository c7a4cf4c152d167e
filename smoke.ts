import { readFileSync } from 'node:fs';
import { readContentSource } from './src/knowledge/index.js';
import { buildTenantKnowledge } from './src/assistant/index.js';
import { understandTurn } from './src/assistant/understand/understand-turn.js';
import { productConfidence } from './src/assistant/understand/product-confidence.js';
import { redactPersonalData } from './src/governance/index.js';
const src = readContentSource('demo', new Set());
const k = Object.fromEntries(src.tenants.map(t => [t.tenant.id, buildTenantKnowledge(src.concepts!, t)]));
for (const line of readFileSync('eval/questions-dev.jsonl', 'utf8').trim().split('\n')) {
  const c = JSON.parse(line); const n = Number(c.id.slice(-3));
  if (c.turns.length > 1 || (n > 30 && n < 44) || n === 48 || n === 49) continue;
  const kn = k[c.tenant]!;
  const q = redactPersonalData(c.turns[0]).text;
  const u = understandTurn(kn, q, new Date(c.now));
  const hits = kn.products.search(u.terms, 2);
  const cov = productConfidence(kn.products.index, u.analyzed, hits[0]);
  const ok = c.expect.type === 'fallback' ? 'FB' : (hits[0]?.id === c.expect.source ? 'ok' : 'XX');
  const strength = [...new Set(u.analyzed.filter(t => hits[0]?.matched.includes(t.stem)).map(t => t.position))].length;
  console.log(ok, cov.toFixed(2), (hits[0]?.score ?? 0).toFixed(1).padStart(5), ((hits[0]?.score ?? 0) / Math.max(1, u.wordCount)).toFixed(1).padStart(5), u.wordCount, c.id.slice(4), q.slice(0, 60));
}

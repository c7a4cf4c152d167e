import { readContentSource } from './src/knowledge/index.js';
import { buildProductIndex } from './src/retrieval/index.js';
import { readFileSync } from 'node:fs';
const src = readContentSource('demo', new Set());
const idx = new Map(src.tenants.map(t => [t.tenant.id, buildProductIndex(src.concepts!, t)]));
let ok = 0, n = 0;
for (const line of readFileSync('eval/questions-dev.jsonl', 'utf8').trim().split('\n')) {
  const c = JSON.parse(line); const num = Number(c.id.slice(-3));
  if (num > 30 || c.turns.length > 1) continue;
  const pi = idx.get(c.tenant)!;
  const hits = pi.search(pi.queryTerms(c.turns[0]), 3);
  n++; if (hits[0]?.id === c.expect.source) ok++; else console.log(c.id, c.turns[0].slice(0,70), '=>', hits.map(h => h.id + ':' + h.score.toFixed(1)).join(' '), 'want', c.expect.source);
}
console.log(ok, '/', n);

// In-process answer latency and retrieval quality: Loket's whole turn (understanding, retrieval,
// reply) against MiniSearch (BM25+, fuzzy, prefix) ranking the same products for the same questions.
import MiniSearch from 'minisearch';
import { answerTurn } from '../src/assistant/index.js';
import { demoContent, devCases, productCases } from './dev-cases.js';
import { percentile, type Figure } from './measure.js';

interface ProductDoc {
  id: string;
  title: string;
  keywords: string;
  text: string;
}

/** Figures for in-process latency (p50, p99, CPU) and top-1 quality on the single-turn product questions. */
export function measureAssistantVsMiniSearch(rounds = 20): Figure[] {
  const { concepts, tenants, knowledge } = demoContent();
  const conceptById = new Map(concepts.map((c) => [c.id, c]));
  const mini = new Map(
    tenants.map((t) => {
      const ms = new MiniSearch<ProductDoc>({ fields: ['title', 'keywords', 'text'], storeFields: ['id'] });
      ms.addAll(
        t.instances.map((i) => {
          const c = conceptById.get(i.conceptId);
          return {
            id: i.conceptId,
            title: c?.title ?? '',
            keywords: c?.keywords.join(' ') ?? '',
            text: [...Object.values(c?.sections ?? {}), i.localText, i.note, i.cost].filter(Boolean).join('\n'),
          };
        }),
      );
      return [t.tenant.id, ms];
    }),
  );
  const searchOptions = { fuzzy: 0.2, prefix: true, boost: { title: 3, keywords: 2 } };
  const all = devCases().filter((c) => c.turns.length === 1);
  const products = productCases(all);

  // Quality: top-1 source on the single-turn product questions.
  let loketRight = 0;
  let miniRight = 0;
  for (const c of products) {
    const now = new Date(c.now ?? Date.now());
    if (answerTurn(knowledge[c.tenant]!, c.turns[0]!, now).reply.sources[0]?.id === c.expect.source) loketRight += 1;
    if (mini.get(c.tenant)!.search(c.turns[0]!, searchOptions)[0]?.id === c.expect.source) miniRight += 1;
  }

  // Speed: every single-turn question, many rounds, after a warm-up round.
  const time = (run: (tenant: string, question: string, now: Date) => void) => {
    const durations: number[] = [];
    const cpuStart = process.cpuUsage();
    for (let round = 0; round <= rounds; round += 1) {
      for (const c of all) {
        const now = new Date(c.now ?? Date.now());
        const start = performance.now();
        run(c.tenant, c.turns[0]!, now);
        if (round > 0) durations.push(performance.now() - start);
      }
    }
    const cpu = process.cpuUsage(cpuStart);
    return { durations, cpuMs: (cpu.user + cpu.system) / 1000 / (all.length * (rounds + 1)) };
  };
  const loket = time((tenant, q, now) => void answerTurn(knowledge[tenant]!, q, now));
  const peer = time((tenant, q) => void mini.get(tenant)!.search(q, searchOptions));
  const name = `MiniSearch`;
  return [
    { name: `top-1 product source (${products.length} questions, %)`, loket: (100 * loketRight) / products.length, peer: (100 * miniRight) / products.length, unit: '%', better: 'higher', peerName: name },
    { name: 'in-process answer p50 (ms)', loket: percentile(loket.durations, 50), peer: percentile(peer.durations, 50), unit: 'ms', better: 'lower', peerName: name },
    { name: 'in-process answer p99 (ms)', loket: percentile(loket.durations, 99), peer: percentile(peer.durations, 99), unit: 'ms', better: 'lower', peerName: name },
    { name: 'CPU per answer (ms)', loket: loket.cpuMs, peer: peer.cpuMs, unit: 'ms', better: 'lower', peerName: name },
  ];
}

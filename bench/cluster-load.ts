// Load on the cluster shape: many concurrent conversations against one `loket serve` node and
// against two nodes on the same PostgreSQL database (the load generator spreads its connections
// over both ports in turn, no proxy), each against bare Hono peers loaded the same way (one
// process, then two). The two-node figure is bounded by the machine: nodes, PostgreSQL and the
// load generator share its cores, and the CPU split is printed beside the figures.
import { availableParallelism, loadavg } from 'node:os';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dropDatabase, postgresProblem, recreateDatabase } from './bench-database.js';
import { askOnce, questionsByTenant, runConversationLoad, type LoadResult } from './conversation-load.js';
import type { BenchKnobs } from './knobs.js';
import type { Figure, Section } from './measure.js';
import { BARE_CHAT_SERVER, cpuMsOf, LOKET_SERVE, postgresCpuMs, startNode, stopNode, type NodeProcess, loadNodeEnv } from './node-process.js';

const DATABASE = 'loket_bench';
const PORTS = [18381, 18382];
const PEER_PORTS = [18391, 18392];
const WARM_UP_SECONDS = 5;

interface Run {
  load: LoadResult;
  /** CPU used during the measured load, in percent of all cores: nodes, PostgreSQL, the load generator. */
  cpu: { nodes: number; postgres: number; generator: number };
  /** CPU milliseconds per answered request of the nodes together and of PostgreSQL. */
  cpuMsPerRequest: { nodes: number; postgres: number };
  /** The machine's one-minute load average at the end of the run. */
  loadAverage: number;
}

async function drain(url: string, tenant: string, question: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await askOnce(url, tenant, question);
      return;
    } catch (error) {
      if (attempt === 10) throw error;
    }
  }
}

async function measure(nodes: readonly NodeProcess[], knobs: BenchKnobs, duration: number, withPostgres: boolean): Promise<Run> {
  const tenants = [...questionsByTenant()].map(([id, questions]) => ({ id, questions }));
  const urls = nodes.map((n) => n.url);
  await runConversationLoad({ urls, tenants, connections: knobs.clusterConnections, duration: Math.min(WARM_UP_SECONDS, duration), seed: 1 });
  // The server is still answering what the warm-up left in flight: one more question per node
  // waits behind that backlog, so the measurement starts on drained nodes. While the backlog is
  // long it may be refused (a 503 after waiting for a database connection): ask again.
  await Promise.all(urls.map((url) => drain(url, tenants[0]!.id, tenants[0]!.questions[0]!)));
  const nodeCpu = () => nodes.reduce((sum, n) => sum + cpuMsOf(n.child.pid!), 0);
  const startedAt = performance.now();
  const before = { nodes: nodeCpu(), postgres: withPostgres ? postgresCpuMs() : 0, generator: process.cpuUsage() };
  const load = await runConversationLoad({ urls, tenants, connections: knobs.clusterConnections, duration, seed: 2 });
  const capacity = (performance.now() - startedAt) * availableParallelism();
  const generator = process.cpuUsage(before.generator);
  const used = {
    nodes: nodeCpu() - before.nodes,
    postgres: withPostgres ? postgresCpuMs() - before.postgres : 0,
    generator: (generator.user + generator.system) / 1000,
  };
  return {
    load,
    cpu: { nodes: (100 * used.nodes) / capacity, postgres: (100 * used.postgres) / capacity, generator: (100 * used.generator) / capacity },
    cpuMsPerRequest: { nodes: used.nodes / load.result.requests.total, postgres: used.postgres / load.result.requests.total },
    loadAverage: loadavg()[0]!,
  };
}

/** `count` Loket nodes on a freshly created bench database, started one after the other (the first imports the demo). */
async function withLoketNodes<T>(knobs: BenchKnobs, count: number, fn: (nodes: NodeProcess[]) => Promise<T>): Promise<T> {
  const databaseUrl = await recreateDatabase(knobs.postgresUrl, DATABASE);
  const nodes: NodeProcess[] = [];
  try {
    for (const port of PORTS.slice(0, count)) nodes.push(await startNode(LOKET_SERVE, loadNodeEnv(databaseUrl), port));
    return await fn(nodes);
  } finally {
    for (const n of nodes) await stopNode(n);
  }
}

async function withPeers<T>(count: number, fn: (nodes: NodeProcess[]) => Promise<T>): Promise<T> {
  const file = join(process.cwd(), 'bench', '.bare-chat-cluster.mjs');
  writeFileSync(file, BARE_CHAT_SERVER);
  const nodes: NodeProcess[] = [];
  try {
    for (const port of PEER_PORTS.slice(0, count)) nodes.push(await startNode([file], {}, port));
    return await fn(nodes);
  } finally {
    for (const n of nodes) await stopNode(n);
    rmSync(file, { force: true });
  }
}

const failed = (r: LoadResult) => r.result.non2xx + r.result.errors;

function describe(label: string, run: Run): string {
  const r = run.load.result;
  const codes = Object.entries(r.statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, s]) => `${code}×${(s as { count: number }).count}`)
    .join(', ');
  return (
    `${label}: ${r.requests.total} requests (${run.load.conversations} conversations opened, ${run.load.continued} turns continued), ` +
    `non-2xx ${r.non2xx}${codes ? ` (${codes})` : ''}, timeouts ${r.timeouts}, connection errors ${r.errors - r.timeouts}; ` +
    `CPU of ${availableParallelism()} cores: nodes ${run.cpu.nodes.toFixed(0)}%, PostgreSQL ${run.cpu.postgres.toFixed(0)}%, load generator ${run.cpu.generator.toFixed(0)}%, ` +
    `other processes or idle ${Math.max(0, 100 - run.cpu.nodes - run.cpu.postgres - run.cpu.generator).toFixed(0)}% (load average ${run.loadAverage.toFixed(1)}); ` +
    `CPU per request: nodes ${run.cpuMsPerRequest.nodes.toFixed(2)} ms${run.cpuMsPerRequest.postgres > 0 ? `, PostgreSQL ${run.cpuMsPerRequest.postgres.toFixed(2)} ms` : ''}`
  );
}

/**
 * One node, then two nodes, under `clusterConnections` concurrent conversations for
 * `clusterSeconds` each (after a warm-up), on a PostgreSQL database created for the run and
 * dropped after it; the bare peers for `clusterPeerSeconds`. Skips with a note when the
 * PostgreSQL server cannot be reached.
 */
export async function measureClusterLoad(knobs: BenchKnobs): Promise<Section> {
  const problem = await postgresProblem(knobs.postgresUrl);
  if (problem) return { figures: [], notes: [`skipped: ${problem}`] };
  try {
    const one = await withLoketNodes(knobs, 1, (nodes) => measure(nodes, knobs, knobs.clusterSeconds, true));
    const two = await withLoketNodes(knobs, 2, (nodes) => measure(nodes, knobs, knobs.clusterSeconds, true));
    const peerOne = await withPeers(1, (nodes) => measure(nodes, knobs, knobs.clusterPeerSeconds, false));
    const peerTwo = await withPeers(2, (nodes) => measure(nodes, knobs, knobs.clusterPeerSeconds, false));
    const figuresOf = (label: string, l: Run, p: Run, peerName: string): Figure[] => [
      { name: `${label}: latency p50 (ms)`, loket: l.load.result.latency.p50, peer: p.load.result.latency.p50, unit: 'ms', better: 'lower', peerName },
      { name: `${label}: latency p99 (ms)`, loket: l.load.result.latency.p99, peer: p.load.result.latency.p99, unit: 'ms', better: 'lower', peerName },
      { name: `${label}: throughput (req/s)`, loket: l.load.result.requests.average, peer: p.load.result.requests.average, unit: 'req/s', better: 'higher', peerName },
      { name: `${label}: errors (non-2xx + timeouts)`, loket: failed(l.load), peer: failed(p.load), unit: 'requests', better: 'lower', peerName },
    ];
    const c = knobs.clusterConnections;
    return {
      figures: [
        ...figuresOf('1 node', one, peerOne, 'bare hono ×1'),
        ...figuresOf('2 nodes', two, peerTwo, 'bare hono ×2'),
        {
          name: 'scaling: 2 nodes / 1 node (throughput)',
          loket: two.load.result.requests.average / one.load.result.requests.average,
          peer: peerTwo.load.result.requests.average / peerOne.load.result.requests.average,
          unit: '×',
          better: 'higher',
          peerName: 'bare hono ×2/×1',
        },
      ],
      notes: [
        `${c} connections, each holding one conversation at a time: 4 turns (the first opens it, the next continue it), then the next, from its own ` +
          `X-Forwarded-For address, questions from eval/questions-dev.jsonl; Loket ${knobs.clusterSeconds} s per run, bare peers ${knobs.clusterPeerSeconds} s, ` +
          `each after a ${WARM_UP_SECONDS} s warm-up; rate limits lifted to 100000/min; a fresh PostgreSQL database per Loket run; latencies count answered ` +
          'requests only, and in this closed loop they are mostly queueing: latency ≈ connections / throughput. ' +
          `Rate limit store: LOKET_RATE_LIMIT_STORE=${process.env.LOKET_RATE_LIMIT_STORE || 'unset (the default for a PostgreSQL server)'}.`,
        describe('1 node', one),
        describe('2 nodes', two),
        describe('bare hono ×1', peerOne),
        describe('bare hono ×2', peerTwo),
        `This machine has ${availableParallelism()} cores for the nodes, PostgreSQL and the load generator together: ` +
          'the second node adds no core of its own, so the scaling ratio shows contention here, not what a second machine would add.',
      ],
    };
  } catch (error) {
    return { figures: [], notes: [`failed: ${(error as Error).message}`] };
  } finally {
    await dropDatabase(knobs.postgresUrl, DATABASE).catch(() => undefined);
  }
}

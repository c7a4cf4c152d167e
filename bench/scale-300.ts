// The scale model: a synthetic deployment of ~300 municipalities with full content (clones of the
// demo ones) on PostgreSQL, against the 3-municipality demo measured the same way in the same run:
// import time, database size, cold start of a node (until /healthz, until every municipality has
// answered once), memory once every municipality's knowledge is built, and throughput with a
// random municipality per request.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PACK_PATH } from '../src/cli/index.js';
import { importContent } from '../src/knowledge/index.js';
import { openDb } from '../src/storage/index.js';
import { databaseBytes, dropDatabase, postgresProblem, recreateDatabase } from './bench-database.js';
import { askOnce, questionsByTenant, runConversationLoad, type ChatAnswer, type LoadResult } from './conversation-load.js';
import type { BenchKnobs } from './knobs.js';
import { percentile, type Figure, type Section } from './measure.js';
import { LOKET_SERVE, memoryOf, rssBytesOf, startNode, stopNode, type NodeProcess, type ProbedMemory, loadNodeEnv } from './node-process.js';
import { writeSyntheticPack } from './synthetic-pack.js';

const PORT = 18481;
const MB = 1024 * 1024;

interface Deployment {
  /** The database name beside the configured server's. */
  database: string;
  /** Pack folder to import. */
  pack: string;
  tenants: readonly { id: string; questions: readonly string[] }[];
}

type Memory = ProbedMemory & { rssProc: number };

interface Measured {
  importMs: number;
  databaseBytes: number;
  firstStartMs: number;
  healthyMs: number;
  allAnsweredMs: number;
  firstAnswerMs: number[];
  /** The first answer of each municipality, in deployment order. */
  answers: ChatAnswer[];
  idle: Memory;
  built: Memory;
  afterLoad: Memory;
  load: LoadResult;
}

async function memory(node: NodeProcess): Promise<Memory> {
  return { ...(await memoryOf(node)), rssProc: rssBytesOf(node.child.pid!) };
}

async function importPack(databaseUrl: string, pack: string): Promise<number> {
  const db = await openDb({ databaseUrl });
  try {
    const start = performance.now();
    await importContent(db, pack);
    return performance.now() - start;
  } finally {
    await db.close();
  }
}

async function measureDeployment(knobs: BenchKnobs, d: Deployment): Promise<Measured> {
  const databaseUrl = await recreateDatabase(knobs.postgresUrl, d.database);
  const importMs = await importPack(databaseUrl, d.pack);
  const size = await databaseBytes(knobs.postgresUrl, d.database);
  // The first start after an import also writes every municipality's assistant register entry.
  const first = await startNode(LOKET_SERVE, loadNodeEnv(databaseUrl, { LOKET_DEMO: '0' }), PORT);
  await stopNode(first);
  const node = await startNode(LOKET_SERVE, loadNodeEnv(databaseUrl, { LOKET_DEMO: '0' }), PORT, { memoryProbe: true });
  try {
    const probeStart = performance.now();
    const idle = await memory(node);
    const probeMs = performance.now() - probeStart;
    // Nothing else comes first, so each first answer includes building that municipality's knowledge.
    const firstAnswerMs: number[] = [];
    const answers: ChatAnswer[] = [];
    for (const t of d.tenants) {
      const start = performance.now();
      try {
        answers.push(await askOnce(node.url, t.id, t.questions[0]!));
      } catch (error) {
        throw new Error(`${t.id}, municipality ${answers.length + 1} of ${d.tenants.length}: ${(error as Error).message} ${node.stderrTail()}`);
      }
      firstAnswerMs.push(performance.now() - start);
    }
    const allAnsweredMs = performance.now() - node.spawnedAt - probeMs;
    const built = await memory(node);
    const load = await runConversationLoad({ urls: [node.url], tenants: d.tenants, connections: knobs.scaleConnections, duration: knobs.scaleSeconds, turns: 1, seed: 3 });
    const afterLoad = await memory(node);
    return { importMs, databaseBytes: size, firstStartMs: first.healthyAfterMs, healthyMs: node.healthyAfterMs, allAnsweredMs, firstAnswerMs, answers, idle, built, afterLoad, load };
  } finally {
    await stopNode(node);
  }
}

const DEMO_NAMES = new Map([['leiebeke', 'Leiebeke'], ['scheldegem', 'Scheldegem'], ['kempenhout', 'Kempenhout']]);

/**
 * Builds the synthetic deployment of `scaleTenants` municipalities and the demo one on databases
 * created for the run (dropped after), measures both and returns the figures, synthetic against
 * demo. Skips with a note when the PostgreSQL server cannot be reached; a failure (a node out of
 * memory) becomes a note too, so the rest of the bench still prints.
 */
export async function measureScale(knobs: BenchKnobs): Promise<Section> {
  const problem = await postgresProblem(knobs.postgresUrl);
  if (problem) return { figures: [], notes: [`skipped: ${problem}`] };
  const load = loadavg()[0]!;
  const questions = questionsByTenant();
  const packDir = mkdtempSync(join(tmpdir(), 'loket-bench-scale-'));
  try {
    const clones = writeSyntheticPack(packDir, knobs.scaleTenants);
    const demo = await measureDeployment(knobs, {
      database: 'loket_bench_demo',
      pack: DEMO_PACK_PATH,
      tenants: [...questions].map(([id, list]) => ({ id, questions: list })),
    });
    const scaled = await measureDeployment(knobs, {
      database: 'loket_bench_scale',
      pack: packDir,
      tenants: clones.map((c) => ({
        id: c.id,
        questions: (questions.get(c.cloneOf) ?? []).map((q) => q.split(DEMO_NAMES.get(c.cloneOf) ?? c.cloneOf).join(c.name)),
      })),
    });
    // A clone is complete when its first answer is of the same kind and source as its original's.
    const demoIds = [...questions.keys()];
    const sameAsOriginal = clones.filter((c, i) => {
      const original = demo.answers[demoIds.indexOf(c.cloneOf)];
      const answer = scaled.answers[i];
      return original && answer && original.reply.type === answer.reply.type && original.reply.sources[0]?.id === answer.reply.sources[0]?.id;
    }).length;
    const n = knobs.scaleTenants;
    const demoN = demoIds.length;
    const peerName = `${demoN} demo`;
    const perTenant = (m: Measured, count: number, key: 'heapUsed' | 'rssProc') => (m.built[key] - m.idle[key]) / count / MB;
    const figure = (name: string, loket: number, peer: number, unit: string, better: 'higher' | 'lower'): Figure => ({ name, loket, peer, unit, better, peerName });
    const r = scaled.load.result;
    const p = demo.load.result;
    return {
      figures: [
        figure('import, whole pack (ms)', scaled.importMs, demo.importMs, 'ms', 'lower'),
        figure('import per municipality (ms)', scaled.importMs / n, demo.importMs / demoN, 'ms', 'lower'),
        figure('database size after import (MB)', scaled.databaseBytes / MB, demo.databaseBytes / MB, 'MB', 'lower'),
        figure('first start after import, to /healthz (ms)', scaled.firstStartMs, demo.firstStartMs, 'ms', 'lower'),
        figure('cold start to /healthz (ms)', scaled.healthyMs, demo.healthyMs, 'ms', 'lower'),
        figure('cold start to all municipalities answered (ms)', scaled.allAnsweredMs, demo.allAnsweredMs, 'ms', 'lower'),
        figure('first answer per municipality p50 (ms)', percentile(scaled.firstAnswerMs, 50), percentile(demo.firstAnswerMs, 50), 'ms', 'lower'),
        figure('first answer per municipality max (ms)', Math.max(...scaled.firstAnswerMs), Math.max(...demo.firstAnswerMs), 'ms', 'lower'),
        figure('RSS idle after start (MB)', scaled.idle.rssProc / MB, demo.idle.rssProc / MB, 'MB', 'lower'),
        figure('RSS, all knowledge built (MB)', scaled.built.rssProc / MB, demo.built.rssProc / MB, 'MB', 'lower'),
        figure('heap used, all knowledge built (MB)', scaled.built.heapUsed / MB, demo.built.heapUsed / MB, 'MB', 'lower'),
        figure('heap per municipality (MB)', perTenant(scaled, n, 'heapUsed'), perTenant(demo, demoN, 'heapUsed'), 'MB', 'lower'),
        figure('RSS per municipality (MB)', perTenant(scaled, n, 'rssProc'), perTenant(demo, demoN, 'rssProc'), 'MB', 'lower'),
        figure('RSS after the load run (MB)', scaled.afterLoad.rssProc / MB, demo.afterLoad.rssProc / MB, 'MB', 'lower'),
        figure('random municipality: throughput (req/s)', r.requests.average, p.requests.average, 'req/s', 'higher'),
        figure('random municipality: latency p50 (ms)', r.latency.p50, p.latency.p50, 'ms', 'lower'),
        figure('random municipality: latency p99 (ms)', r.latency.p99, p.latency.p99, 'ms', 'lower'),
        figure('random municipality: errors (non-2xx, timeouts)', r.non2xx + r.errors, p.non2xx + p.errors, 'requests', 'lower'),
      ],
      notes: [
        `${n} municipalities cloned in turn from the ${demoN} demo ones under new ids and names (51 products each, locations, closures, waste streets and ` +
          `calendar), imported in process (importContent, one transaction) into a fresh PostgreSQL database; the peer is the demo pack imported and measured the same way. ` +
          `${sameAsOriginal} of ${n} clones gave the same first answer (kind and source) as their original.`,
        'Cold start: `node dist/cli.js serve` on the imported database (its second start; the first also writes the assistant register entries), then one ' +
          'question per municipality in turn, each building that municipality\'s knowledge. Memory after a full GC (bench/memory-probe.mjs): "idle" at /healthz ' +
          'before any question, "all knowledge built" after the last first answer; per municipality = (built − idle) / municipalities.',
        `Marginal memory per added municipality (${n} against ${demoN}): heap ${((scaled.built.heapUsed - demo.built.heapUsed) / (n - demoN) / MB).toFixed(1)} MB, ` +
          `RSS ${((scaled.built.rssProc - demo.built.rssProc) / (n - demoN) / MB).toFixed(1)} MB. With every knowledge built, ${n} municipalities use ` +
          `${(scaled.built.heapUsed / MB).toFixed(0)} MB of the node's ${(scaled.built.heapLimit / MB).toFixed(0)} MB heap limit ` +
          `(V8's default on this machine; --max-old-space-size changes it), heap total ${(scaled.built.heapTotal / MB).toFixed(0)} MB, external ${(scaled.built.external / MB).toFixed(1)} MB.`,
        `Throughput: ${knobs.scaleConnections} connections for ${knobs.scaleSeconds} s, every request a new conversation with a random municipality ` +
          `(${r.requests.total} requests for ${n}, ${p.requests.total} for ${demoN}; non-2xx ${r.non2xx} / ${p.non2xx}, timeouts ${r.timeouts} / ${p.timeouts}).`,
        `Load average of the machine when the section started: ${load.toFixed(1)} on ${availableParallelism()} cores.`,
      ],
    };
  } catch (error) {
    return { figures: [], notes: [`failed: ${(error as Error).message}`] };
  } finally {
    rmSync(packDir, { recursive: true, force: true });
    for (const name of ['loket_bench_demo', 'loket_bench_scale']) await dropDatabase(knobs.postgresUrl, name).catch(() => undefined);
  }
}

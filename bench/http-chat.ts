// Over HTTP on loopback: the chat endpoint of a real `loket serve` process against a bare Hono
// POST route on @hono/node-server answering a fixed JSON reply, both loaded by autocannon.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { Figure } from './measure.js';
import { BARE_CHAT_SERVER } from './node-process.js';

// utime + stime of a Linux process, in milliseconds (clock ticks are 1/100 s on Linux).
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function start(args: string[], env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env, PORT: String(port) }, stdio: 'ignore' });
  for (let i = 0; i < 600; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`${args.join(' ')} did not become healthy`);
}

async function load(port: number, duration: number) {
  return autocannon({
    url: `http://127.0.0.1:${port}/api/v1/tenants/leiebeke/chat`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections: 8,
    duration,
    requests: [
      { body: JSON.stringify({ message: 'Hoeveel kost een nieuwe identiteitskaart?' }) },
      { body: JSON.stringify({ message: 'Is het containerpark zaterdag open?' }) },
      { body: JSON.stringify({ message: 'wanneer wordt het restafval opgehaald in de Molenstraat?' }) },
    ],
  });
}

/** Latency p50/p99, throughput and server CPU per answer of the chat endpoint against the bare route. */
export async function measureHttpChat(duration = 8): Promise<Figure[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'loket-bench-http-'));
  const bare = join(process.cwd(), 'bench', '.bare-chat.mjs');
  writeFileSync(bare, BARE_CHAT_SERVER);
  const loket = await start(['dist/cli.js', 'serve'], { LOKET_DATA_DIR: dataDir, LOKET_LOG_LEVEL: 'silent', LOKET_NOW: '2026-12-07T10:15:00+01:00', // One load generator is one client: lift the per-client chat limit for the measurement.
      LOKET_CHAT_LIMIT_PER_MINUTE: '100000' }, 18281);
  const peer = await start([bare], {}, 18282);
  try {
    await load(18281, 2); // warm-up: knowledge build, JIT
    await load(18282, 2);
    const loketCpu = cpuMsOf(loket.pid as number);
    const l = await load(18281, duration);
    const loketCpuMs = (cpuMsOf(loket.pid as number) - loketCpu) / l.requests.total;
    const peerCpu = cpuMsOf(peer.pid as number);
    const p = await load(18282, duration);
    const peerCpuMs = (cpuMsOf(peer.pid as number) - peerCpu) / p.requests.total;
    if (l.non2xx > 0 || l.errors > 0) throw new Error(`loket answered ${l.non2xx} non-2xx and ${l.errors} errors`);
    const name = 'bare hono';
    return [
      { name: 'HTTP chat latency p50 (ms)', loket: l.latency.p50, peer: p.latency.p50, unit: 'ms', better: 'lower', peerName: name },
      { name: 'HTTP chat latency p99 (ms)', loket: l.latency.p99, peer: p.latency.p99, unit: 'ms', better: 'lower', peerName: name },
      { name: 'HTTP throughput (req/s, 8 connections)', loket: l.requests.average, peer: p.requests.average, unit: 'req/s', better: 'higher', peerName: name },
      { name: 'server CPU per HTTP answer (ms)', loket: loketCpuMs, peer: peerCpuMs, unit: 'ms', better: 'lower', peerName: name },
    ];
  } finally {
    loket.kill('SIGTERM');
    peer.kill('SIGTERM');
    await Promise.all([loket, peer].map((c) => new Promise((r) => (c.exitCode === null ? c.once('exit', r) : r(null)))));
    rmSync(bare, { force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

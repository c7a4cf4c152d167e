// Child processes of the benchmarks: `loket serve` nodes and bare peers, started until /healthz
// answers 200, stopped with SIGTERM; their CPU time, resident memory and (with the memory probe)
// heap, read from /proc or asked over IPC.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A started child with the time it took from spawn to the first /healthz 200. */
export interface NodeProcess {
  child: ChildProcess;
  port: number;
  url: string;
  /** performance.now() at spawn. */
  spawnedAt: number;
  /** Milliseconds from spawn to the first /healthz 200. */
  healthyAfterMs: number;
  /** The last few KB the child wrote to stderr (crash messages; logs when not silent). */
  stderrTail(): string;
}

export interface StartOptions {
  /** Preload bench/memory-probe.mjs with --expose-gc, so heapOf can ask for the heap. */
  memoryProbe?: boolean;
  timeoutMs?: number;
}

const MEMORY_PROBE = pathToFileURL(fileURLToPath(new URL('./memory-probe.mjs', import.meta.url))).href;

/** The `node` arguments that run `loket serve` from the build (`npm run build` first). */
export const LOKET_SERVE = ['dist/cli.js', 'serve'];

/**
 * Spawns `node <args>` with `env` and PORT=`port` and waits for /healthz 200.
 * Throws with the child's last stderr lines when it exits or does not become healthy in time.
 */
export async function startNode(args: readonly string[], env: NodeJS.ProcessEnv, port: number, options: StartOptions = {}): Promise<NodeProcess> {
  const nodeArgs = options.memoryProbe ? ['--expose-gc', '--import', MEMORY_PROBE, ...args] : [...args];
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, nodeArgs, {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe', ...(options.memoryProbe ? (['ipc'] as const) : [])],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = spawnedAt + (options.timeoutMs ?? 300_000);
  while (performance.now() < deadline) {
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) {
        return { child, port, url, spawnedAt, healthyAfterMs: performance.now() - spawnedAt, stderrTail: () => stderr };
      }
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`${nodeArgs.join(' ')} exited with ${child.exitCode}: ${stderr}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  child.kill('SIGKILL');
  throw new Error(`${nodeArgs.join(' ')} did not become healthy on port ${port}: ${stderr}`);
}

/** Sends SIGTERM and waits for the exit (SIGKILL after `graceMs`). */
export async function stopNode(node: NodeProcess | undefined, graceMs = 20_000): Promise<void> {
  if (!node || node.child.exitCode !== null || node.child.signalCode !== null) return;
  const exited = new Promise((r) => node.child.once('exit', r));
  node.child.kill('SIGTERM');
  const timer = setTimeout(() => node.child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

// utime + stime of a Linux process in milliseconds (clock ticks are 1/100 s on Linux).
function statCpuMs(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU time (user + system, ms) used so far by process `pid`. */
export function cpuMsOf(pid: number): number {
  return statCpuMs(readFileSync(`/proc/${pid}/stat`, 'utf8'));
}

/** CPU time (ms) used so far by the PostgreSQL server processes on this machine (0 when none is visible). */
export function postgresCpuMs(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (stat.includes('(postgres)')) total += statCpuMs(stat);
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

/** Resident set size of process `pid` in bytes. */
export function rssBytesOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line?.match(/(\d+)/)?.[1] ?? Number.NaN) * 1024;
}

/** What the memory probe answers: process.memoryUsage() plus V8's heap size limit, in bytes. */
export type ProbedMemory = NodeJS.MemoryUsage & { heapLimit: number };

/** The memory of a node started with the memory probe, after a full GC. */
export function memoryOf(node: NodeProcess): Promise<ProbedMemory> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the memory probe did not answer')), 30_000);
    node.child.once('message', (usage) => {
      clearTimeout(timer);
      resolve(usage as ProbedMemory);
    });
    node.child.send('memory');
  });
}

/** Source of the bare peer: Hono on @hono/node-server with /healthz and a chat route answering a fixed reply (write it inside the repository so `hono` resolves). */
export const BARE_CHAT_SERVER = `
import { Hono } from 'hono';
import { serve } from '@hono/node-server';
const app = new Hono();
app.get('/healthz', (c) => c.json({ status: 'ok' }));
app.post('/api/v1/tenants/:tenant/chat', async (c) => {
  await c.req.json();
  return c.json({ conversationId: 'x', reply: { type: 'answer', text: 'ok', sources: [], confidence: 1 } });
});
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
`;

/**
 * The environment of a Loket node under bench load: its database, a frozen clock, silent logs,
 * clients told apart by X-Forwarded-For (as behind the production proxy), and the chat limits lifted,
 * since a closed loop sends the next turn as soon as a reply arrives, far faster than a resident types:
 * the measurement sees the server, not the limiter. `extra` adds or overrides variables.
 */
export function loadNodeEnv(databaseUrl: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    LOKET_DATABASE_URL: databaseUrl,
    LOKET_LOG_LEVEL: 'silent',
    LOKET_NOW: '2026-12-07T10:15:00+01:00',
    LOKET_TRUST_PROXY: '1',
    LOKET_CHAT_LIMIT_PER_MINUTE: '100000',
    LOKET_CONVERSATION_LIMIT_PER_MINUTE: '100000',
    ...extra,
  };
}

// Cold start: from spawning `node dist/cli.js serve` to the first 200 from /healthz, against a
// bare Hono server on @hono/node-server started the same way (the floor of any Node server).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, type Figure } from './measure.js';

async function timeToHealthy(args: string[], env: NodeJS.ProcessEnv, port: number): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env, PORT: String(port) }, stdio: 'ignore' });
  try {
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (res.status === 200) return performance.now() - start;
      } catch {
        // not listening yet
      }
      if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const BARE_SERVER = `
import { Hono } from 'hono';
import { serve } from '@hono/node-server';
const app = new Hono();
app.get('/healthz', (c) => c.json({ status: 'ok' }));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
`;

/** Cold start of Loket on an existing data dir, and its first start on an empty one, against the bare server. */
export async function measureColdStart(runs = 5): Promise<Figure[]> {
  const bare = join(process.cwd(), 'bench', '.bare-server.mjs');
  writeFileSync(bare, BARE_SERVER);
  const dataDir = mkdtempSync(join(tmpdir(), 'loket-bench-'));
  const env = { LOKET_DATA_DIR: dataDir, LOKET_LOG_LEVEL: 'silent' };
  try {
    const first = await timeToHealthy(['dist/cli.js', 'serve'], env, 18181);
    const loket: number[] = [];
    const peer: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      loket.push(await timeToHealthy(['dist/cli.js', 'serve'], env, 18181));
      peer.push(await timeToHealthy([bare], {}, 18182));
    }
    return [
      { name: 'cold start, existing data (ms, median)', loket: median(loket), peer: median(peer), unit: 'ms', better: 'lower', peerName: 'bare hono' },
      { name: 'first start: initdb + demo import (ms)', loket: first, peer: median(peer), unit: 'ms', better: 'lower', peerName: 'bare hono' },
    ];
  } finally {
    rmSync(bare, { force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// Fault: `loket serve` on the embedded database (PGlite) is killed with SIGKILL while chat writes are
// in flight. Started again on the same data dir it must open (taking over the dead process's lock)
// and still hold every message it acknowledged with 200.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openDb } from '../storage/index.js';
import { startChatLoad, summarizeOutcomes } from './test-support/chat-load.js';
import { startLoketServer } from './test-support/loket-process.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const limits = { LOKET_CHAT_LIMIT_PER_MINUTE: '100000', LOKET_CONVERSATION_LIMIT_PER_MINUTE: '100000' };

describe('kill -9 of the embedded server mid-write', () => {
  it('restarts on the same data dir and keeps every acknowledged message', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'loket-kill-'));
    const started = Date.now();
    const first = await startLoketServer({ LOKET_DATA_DIR: dataDir, LOKET_DEMO: '1', ...limits });
    const listening = Date.now();
    const load = startChatLoad({ url: first.url, tenant: 'leiebeke', clients: 10, requestTimeoutMs: 20_000, run: 'kill' });
    const deadline = Date.now() + 30_000;
    while (load.outcomes.filter((o) => o.status === 200).length < 50 && Date.now() < deadline) await sleep(50);
    const killedAt = Date.now();
    first.child.kill('SIGKILL');
    assert.deepEqual(await first.exited, { code: null, signal: 'SIGKILL' });
    const outcomes = await load.stop();
    const acknowledged = outcomes.filter((o) => o.status === 200);
    const inFlight = outcomes.filter((o) => o.startedAt < killedAt && o.status !== 200);
    assert.ok(inFlight.length > 0, 'requests were in flight when the server was killed');
    assert.ok(outcomes.every((o) => o.status === 200 || o.status === 'network'), `only answers or refused connections: ${summarizeOutcomes(outcomes)}`);
    // The dead process's lock is still there: the next start has to take it over.
    assert.equal(JSON.parse(readFileSync(join(dataDir, 'loket.pid'), 'utf8')).pid, first.child.pid);

    const restarting = Date.now();
    const second = await startLoketServer({ LOKET_DATA_DIR: dataDir, LOKET_DEMO: '1', ...limits });
    const restarted = Date.now();
    assert.equal((await fetch(`${second.url}/healthz`)).status, 200);
    const after = await fetch(`${second.url}/api/v1/tenants/leiebeke/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'Wanneer is het containerpark open? #after-restart' }),
    });
    assert.equal(after.status, 200);
    second.child.kill('SIGTERM');
    assert.equal((await second.exited).code, 0, second.output());
    assert.equal(existsSync(join(dataDir, 'loket.pid')), false);

    const db = await openDb({ dataDir, command: 'fault test' });
    let stored: Map<string, number>;
    try {
      const rows = await db.query<{ text: string; n: number }>(
        "select text, count(*) as n from conversation_messages where tenant_id = 'leiebeke' and role = 'resident' group by text",
      );
      stored = new Map(rows.map((r) => [r.text, r.n]));
    } finally {
      await db.close();
    }
    const lost = acknowledged.filter((o) => !stored.has(o.text));
    const twice = acknowledged.filter((o) => (stored.get(o.text) ?? 0) > 1);
    console.log(
      `# kill -9 of the embedded server: first start ${((listening - started) / 1000).toFixed(1)} s, load ${((killedAt - listening) / 1000).toFixed(1)} s, restart after the kill ${((restarted - restarting) / 1000).toFixed(1)} s; ${acknowledged.length} messages acknowledged before the kill, ${inFlight.length} in flight; after the restart ${acknowledged.length - lost.length} found, ${lost.length} lost, ${twice.length} stored twice; ${inFlight.filter((o) => stored.has(o.text)).length} of those in flight were stored`,
    );
    assert.deepEqual(lost.map((o) => o.text).slice(0, 10), [], 'no acknowledged message is lost');
    assert.deepEqual(twice.map((o) => o.text), []);
    assert.equal(stored.get('Wanneer is het containerpark open? #after-restart'), 1);
    rmSync(dataDir, { recursive: true, force: true });
  });
});

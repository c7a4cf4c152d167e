// One process per embedded data dir: a second process fails at once, naming the holder; stale locks are taken over.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lockDataDir } from './index.js';

function runNode(code: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

const lockModule = new URL('./data-dir-lock.ts', import.meta.url).href;

describe('data dir lock', () => {
  it('a second process fails at once with a message naming the running process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-lock-'));
    const lock = lockDataDir(dir, 'loket serve');
    try {
      const result = await runNode(
        `import { lockDataDir } from '${lockModule}';
         try { lockDataDir(${JSON.stringify(dir)}, 'loket import'); process.exit(0); }
         catch (e) { console.error(e.code + ': ' + e.message); process.exit(3); }`,
      );
      assert.equal(result.status, 3);
      assert.match(result.stderr, new RegExp(`data_dir_locked: .*in use by process ${process.pid} \\("loket serve"`));
      // The holder's lock is untouched by the failed attempt.
      assert.equal(JSON.parse(readFileSync(join(dir, 'loket.pid'), 'utf8')).pid, process.pid);
    } finally {
      lock.release();
    }
    assert.equal(existsSync(join(dir, 'loket.pid')), false);
  });

  it('the same process cannot open a data dir twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-lock-'));
    const lock = lockDataDir(dir, 'loket serve');
    try {
      assert.throws(() => lockDataDir(dir, 'again'), { code: 'data_dir_locked' });
    } finally {
      lock.release();
    }
  });

  it('takes over a lock left by a process that died (kill -9)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-lock-'));
    // pid 2^22+1 is above Linux's pid_max default range and so is not a running process.
    writeFileSync(join(dir, 'loket.pid'), JSON.stringify({ pid: 4194305, host: hostname(), command: 'loket serve', startedAt: 'earlier' }));
    const lock = lockDataDir(dir, 'loket serve');
    assert.equal(JSON.parse(readFileSync(join(dir, 'loket.pid'), 'utf8')).pid, process.pid);
    lock.release();
  });

  it('takes over a half-written lock file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-lock-'));
    writeFileSync(join(dir, 'loket.pid'), '{"pid":');
    const lock = lockDataDir(dir, 'loket serve');
    lock.release();
  });
});

// One process per embedded data dir: a pid file taken with O_EXCL, checked for liveness, released on close.
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DataDirLockedError } from '../errors/index.js';

const LOCK_FILE = 'loket.pid';

/** What the lock file says about its holder. */
export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  startedAt: string;
}

/** A held lock; `release` removes the file if it is still ours. */
export interface DataDirLock {
  readonly path: string;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    return typeof parsed.pid === 'number' ? (parsed as LockHolder) : undefined;
  } catch {
    // A half-written or unreadable lock file has no live holder we can name; treat it as stale.
    return undefined;
  }
}

function describe(holder: LockHolder): string {
  return `process ${holder.pid} ("${holder.command}", started ${holder.startedAt}${holder.host === hostname() ? '' : ` on ${holder.host}`})`;
}

/**
 * Takes the lock of `dataDir` (created if missing) for this process.
 * Throws DataDirLockedError naming the running holder when another live process has it.
 * A lock left by a dead process (kill -9, power loss) is taken over.
 */
export function lockDataDir(dataDir: string, command: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const me: LockHolder = { pid: process.pid, host: hostname(), command, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const fd = openSync(path, 'wx', 0o644);
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      return {
        path,
        release: () => {
          if (readHolder(path)?.pid === me.pid) unlinkSync(path);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(path);
    if (holder && holder.pid !== process.pid && (holder.host !== hostname() || isAlive(holder.pid))) {
      throw new DataDirLockedError(
        `the data dir ${dataDir} is in use by ${describe(holder)}; stop it first or use another LOKET_DATA_DIR`,
      );
    }
    if (holder?.pid === process.pid) {
      throw new DataDirLockedError(`the data dir ${dataDir} is already open in this process`);
    }
    // Stale: move it aside rather than unlink, so two processes racing here cannot both win.
    try {
      renameSync(path, `${path}.stale-${process.pid}`);
      unlinkSync(`${path}.stale-${process.pid}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  throw new DataDirLockedError(`could not take the lock of the data dir ${dataDir}; another process keeps taking it`);
}

// Test helper: a throwaway PostgreSQL cluster of this test process (initdb in a temp dir, its own
// port and socket), so a test can stop and restart the server without disturbing any other test.
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A private cluster; `url` reaches its `postgres` database as the superuser `postgres` (trust). */
export interface PrivatePostgres {
  readonly url: string;
  readonly port: number;
  /** A new empty database on this cluster, returned as its URL. */
  createDatabase(name: string): Promise<string>;
  /** `pg_ctl stop -m fast`: open sessions are terminated, the server is down when this resolves. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** `pg_ctl restart -m fast`. */
  restart(): Promise<void>;
  /** Stops the server (immediately) and deletes its files. */
  destroy(): Promise<void>;
}

/** The newest PostgreSQL bin dir with initdb (Debian layout), or undefined. */
export function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin');
}

/** Why a private cluster cannot be started here, or undefined when it can. */
export function privatePostgresUnavailable(): string | undefined {
  if (!postgresBinDir()) return 'no /usr/lib/postgresql/*/bin/initdb (apt-get install postgresql)';
  if (process.getuid?.() === 0 && !existsSync('/usr/sbin/runuser') && !existsSync('/sbin/runuser')) return 'running as root without runuser';
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Creates and starts a private cluster (about 2 s). PostgreSQL refuses to run as root, so as root
 * its commands run as the `postgres` user. The server is stopped when this process exits, even
 * after a failed test. Throws when initdb or pg_ctl fails (check privatePostgresUnavailable first).
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL binaries not found');
  const dir = mkdtempSync(join(tmpdir(), 'loket-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  const command = (tool: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
  const pgCtl = async (...args: string[]) => {
    const [file, argv] = command('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '30', ...args]);
    await run(file, argv);
  };
  const port = await freePort();
  // Few connections and small buffers: a test cluster, started and stopped many times.
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=60 -c shared_buffers=16MB -c fsync=off`;

  const [initdb, initArgs] = command('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-N', '-E', 'UTF8', '--locale=C']);
  await run(initdb, initArgs);
  await pgCtl('-o', serverOptions, 'start');
  let running = true;
  const stopAtExit = () => {
    if (!running) return;
    const [file, argv] = command('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
    try {
      execFileSync(file, argv, { stdio: 'ignore' });
    } catch {
      // Already stopped: nothing left to clean up.
    }
  };
  process.once('exit', stopAtExit);

  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    port,
    async createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid database name ${name}`);
      const [file, argv] = command('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-qc', `create database ${name}`]);
      await run(file, argv);
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      await pgCtl('-m', 'fast', 'stop');
      running = false;
    },
    async start() {
      await pgCtl('-o', serverOptions, 'start');
      running = true;
    },
    async restart() {
      await pgCtl('-m', 'fast', '-o', serverOptions, 'restart');
      running = true;
    },
    async destroy() {
      stopAtExit();
      running = false;
      process.removeListener('exit', stopAtExit);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

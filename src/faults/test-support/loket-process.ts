// Test helper: the real `loket` command as a child process (through tsx, so no build is needed).
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../cli.ts', import.meta.url));

/** A running `loket` child with what it wrote so far. */
export interface LoketProcess {
  readonly child: ChildProcess;
  output(): string;
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `loket <args>` with `env` added to this process's environment (logs at warn unless told). */
export function spawnLoket(args: string[], env: NodeJS.ProcessEnv): LoketProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    env: { ...process.env, LOKET_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  // A failed test must not leave a server running.
  const killAtExit = () => child.kill('SIGKILL');
  process.once('exit', killAtExit);
  void exited.then(() => process.removeListener('exit', killAtExit));
  return { child, output: () => output, exited };
}

/** Starts `loket serve` and resolves once it listens, with its URL. Throws with its output when it exits first. */
export async function startLoketServer(env: NodeJS.ProcessEnv, timeoutMs = 90_000): Promise<LoketProcess & { url: string }> {
  const process_ = spawnLoket(['serve'], { PORT: '0', ...env });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`loket serve did not start within ${timeoutMs} ms:\n${process_.output()}`)), timeoutMs);
    const check = () => {
      const match = /serving on (http:\/\/\S+)/.exec(process_.output());
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    process_.child.stderr?.on('data', check);
    void process_.exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`loket serve exited (${code ?? signal}) before listening:\n${process_.output()}`));
    });
  });
  return { ...process_, url };
}

// Extracts pages in worker threads, so a huge page never stalls the server's event loop (residents' chats).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WebSection } from './types.js';

/** What one page's extraction gave: its title and sections, or why there are none. */
export type ExtractionResult = { kind: 'ok'; title: string; sections: WebSection[] } | { kind: 'failed'; reason: string };

/** Pages extracted off the calling thread. */
export interface ExtractionPool {
  /**
   * `extractPage(html, url)` in a worker. Never rejects: a page that runs past the time limit,
   * crashes or exhausts its worker, or meets a closed pool is `failed` with the reason, and the
   * worker it was on is replaced for the pages after it.
   */
  extract(html: string, url: string): Promise<ExtractionResult>;
  /** Fails the waiting and running pages ("the extraction pool was closed") and ends the workers. Idempotent. */
  close(): Promise<void>;
}

export interface ExtractionPoolOptions {
  /** Workers at most; default min(2, cores − 1), at least 1, so the event loop keeps a core. */
  size?: number;
  /** Per page, from the moment a worker takes it; default 30,000 ms. */
  timeLimitMs?: number;
}

/** The worker's messages: ready once its modules are loaded, then one result per page. */
export type WorkerMessage = { kind: 'ready' } | { kind: 'ok'; title: string; sections: WebSection[] };

/** What the pool sends a worker. */
export interface ExtractionRequest {
  html: string;
  url: string;
}

const DEFAULT_TIME_LIMIT_MS = 30_000;

/**
 * Heap for one worker. Measured: a 4.8 MB page needs more than 512 MB and less than 1 GB of heap
 * in linkedom; pages stop at 5 MB by default. A page beyond this fails ("out of memory") and only
 * its worker ends, where on the main thread it would have ended the process.
 */
const WORKER_HEAP_MB = 1536;

interface Task extends ExtractionRequest {
  settle(result: ExtractionResult): void;
}

interface Slot {
  worker: Worker;
  /** Its modules are loaded. Pages go only to ready workers, so a start (a second or more under tsx) never counts against a page's time limit. */
  ready: boolean;
  task?: Task;
  timer?: NodeJS.Timeout;
}

/**
 * A pool of extraction workers, started when the first page arrives (an unchanged site starts
 * none). Pages wait in order for a free worker. An idle worker does not keep the process alive;
 * a busy one does, until its page is done. Close the pool when its owner stops.
 */
export function createExtractionPool(options: ExtractionPoolOptions = {}): ExtractionPool {
  const size = Math.max(1, options.size ?? Math.min(2, availableParallelism() - 1));
  const timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const queue: Task[] = [];
  const slots = new Set<Slot>();
  let closed = false;

  const finish = (slot: Slot, result: ExtractionResult) => {
    const task = slot.task;
    clearTimeout(slot.timer);
    slot.task = undefined;
    task?.settle(result);
  };

  /** Takes a worker out of the pool (a replacement starts when a page needs it) and fails its page. */
  const retire = (slot: Slot, reason: string) => {
    if (!slots.delete(slot)) return;
    finish(slot, { kind: 'failed', reason });
    void slot.worker.terminate();
    // A worker that ends before it was ever ready would end the same way again: fail the waiting pages.
    if (!slot.ready) for (const task of queue.splice(0)) task.settle({ kind: 'failed', reason });
    dispatch();
  };

  // A worker starts because a page waits for it, so it holds the process until it has none.
  const start = () => {
    const slot: Slot = { worker: spawnWorker(), ready: false };
    slots.add(slot);
    slot.worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'ready') slot.ready = true;
      else finish(slot, message);
      dispatch();
      if (!slot.task) slot.worker.unref();
    });
    slot.worker.on('error', (error) => retire(slot, workerFailure(slot, error)));
    slot.worker.on('exit', (code) => retire(slot, `the extraction worker stopped (exit code ${code})`));
  };

  function dispatch(): void {
    if (closed) return;
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (!slot.ready || slot.task) continue;
      const task = queue.shift()!;
      slot.task = task;
      slot.worker.ref();
      slot.timer = setTimeout(() => retire(slot, `extraction took longer than ${seconds(timeLimitMs)}`), timeLimitMs);
      slot.worker.postMessage({ html: task.html, url: task.url } satisfies ExtractionRequest);
    }
    let starting = [...slots].filter((slot) => !slot.ready).length;
    for (; queue.length > starting && slots.size < size; starting += 1) start();
  }

  return {
    extract: (html, url) =>
      new Promise((settle) => {
        if (closed) return settle({ kind: 'failed', reason: 'the extraction pool was closed' });
        queue.push({ html, url, settle });
        dispatch();
      }),
    close: async () => {
      closed = true;
      const failed: ExtractionResult = { kind: 'failed', reason: 'the extraction pool was closed' };
      for (const task of queue.splice(0)) task.settle(failed);
      const workers = [...slots].map((slot) => {
        finish(slot, failed);
        return slot.worker;
      });
      slots.clear();
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/**
 * The worker running extract-worker beside this file. Built, both are .js in dist/. From source
 * (tests, `npm run dev`) both are .ts and run through tsx: Node 20 does not apply the tsx hooks of
 * `--import tsx` (inherited in execArgv) to a worker's entry, so the worker registers tsx itself
 * and then imports the .ts entry.
 */
function spawnWorker(): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  if (!new URL(import.meta.url).pathname.endsWith('.ts')) return new Worker(new URL('./extract-worker.js', import.meta.url), options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

function workerFailure(slot: Slot, error: Error): string {
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') return `extraction ran out of memory (over ${WORKER_HEAP_MB} MB)`;
  return slot.ready ? `extraction failed: ${error.message}` : `the extraction worker could not start: ${error.message}`;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

// The extraction pool's worker thread: extracts one page per message, off the server's event loop.
import { parentPort } from 'node:worker_threads';
import { extractPage } from './extract-page.js';
import type { ExtractionRequest, WorkerMessage } from './extraction-pool.js';

const port = parentPort;
if (!port) throw new Error('extract-worker runs as a worker thread of the extraction pool (createExtractionPool)');
// extractPage never throws for any HTML; should it all the same, the worker's error fails the page and the pool replaces it.
port.on('message', ({ html, url }: ExtractionRequest) => port.postMessage({ kind: 'ok', ...extractPage(html, url) } satisfies WorkerMessage));
port.postMessage({ kind: 'ready' } satisfies WorkerMessage);

// Test helper: a local LDES server on 127.0.0.1 that serves the recorded pages and checks the API key.
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const FIXTURES = new URL('../test-fixtures/ldes/', import.meta.url);

/** The pages by path, as files in test-fixtures/ldes with their content type. */
const PAGES: Record<string, { file: string; type: string }> = {
  '/ldes/page-1': { file: 'page-1.jsonld', type: 'application/ld+json' },
  '/ldes/page-2': { file: 'page-2.jsonld', type: 'application/ld+json' },
  '/ldes/page-3': { file: 'page-3.ttl', type: 'text/turtle; charset=utf-8' },
};

/** A running server: the first page's URL, the paths asked for and the keys sent (in order), and how to stop it. */
export interface LdesServer {
  url: string;
  origin: string;
  requests: string[];
  keys: Array<string | undefined>;
  close(): Promise<void>;
}

/**
 * Starts the server on a free port. Every request needs `x-api-key: <apiKey>` (else 401).
 * `fail` maps a path to a status to answer instead, `redirect` a path to a Location to send
 * (302, before the key is checked); `/ldes/hang` never answers.
 */
export async function startLdesServer(options: {
  apiKey: string;
  fail?: Record<string, number>;
  redirect?: Record<string, string>;
}): Promise<LdesServer> {
  const requests: string[] = [];
  const keys: Array<string | undefined> = [];
  const hanging: ServerResponse[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    const key = req.headers['x-api-key'];
    keys.push(typeof key === 'string' ? key : undefined);
    const location = options.redirect?.[path];
    if (location !== undefined) {
      res.writeHead(302, { location }).end();
      return;
    }
    if (key !== options.apiKey) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"invalid api key"}');
      return;
    }
    if (path === '/ldes/hang') {
      hanging.push(res);
      return;
    }
    const status = options.fail?.[path];
    const page = PAGES[path];
    if (status !== undefined || page === undefined) {
      res.writeHead(status ?? 404, { 'content-type': 'text/plain' }).end('no page here');
      return;
    }
    res.writeHead(200, { 'content-type': page.type }).end(readFileSync(new URL(page.file, FIXTURES)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/ldes/page-1`,
    origin,
    requests,
    keys,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

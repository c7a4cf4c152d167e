// A local HTTP server on 127.0.0.1 for the web importer's tests: routes by path, records every request.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the server saw it. */
export interface SeenRequest {
  path: string;
  headers: IncomingHttpHeaders;
  /** Milliseconds (performance.now) when it arrived. */
  at: number;
}

/** Answers one request; may leave it unanswered (a slow server). */
export type Route = (request: IncomingMessage, response: ServerResponse) => void;

/** A running fixture server. */
export interface FixtureServer {
  /** "http://127.0.0.1:<port>" */
  origin: string;
  /** "127.0.0.1:<port>" */
  host: string;
  port: number;
  requests: SeenRequest[];
  /** The most requests that were in flight at once (arrived and not yet closed). */
  readonly maxInFlight: number;
  /** The requests for `path` (with its query). */
  requestsTo(path: string): SeenRequest[];
  close(): Promise<void>;
}

/**
 * Starts a server answering each path with its route (`routes(server)` may use the origin),
 * and anything else with an HTML 404. Close it in `after`: it drops open connections too.
 */
export async function startFixtureServer(routes: (server: { origin: string; host: string }) => Record<string, Route>): Promise<FixtureServer> {
  const requests: SeenRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let table: Record<string, Route> = {};
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, headers: request.headers, at: performance.now() });
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    response.on('close', () => {
      inFlight -= 1;
    });
    const route = table[path];
    if (route) route(request, response);
    else response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>Pagina niet gevonden</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const host = `127.0.0.1:${port}`;
  table = routes({ origin, host });
  return {
    origin,
    host,
    port,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    requestsTo: (path) => requests.filter((request) => request.path === path),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A route sending `body` as HTML with extra headers. */
export function html(body: string | (() => string), headers: Record<string, string> = {}): Route {
  return (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(typeof body === 'function' ? body() : body);
  };
}

/** A route sending `body` with a content type. */
export function send(contentType: string, body: string | Uint8Array, status = 200): Route {
  return (_request, response) => {
    response.writeHead(status, { 'content-type': contentType }).end(body);
  };
}

/** A route redirecting with `status` to `location`. */
export function redirect(location: string, status = 301): Route {
  return (_request, response) => {
    response.writeHead(status, { location }).end();
  };
}

/** A route answering only with a status (404, 410, 500, 503). */
export function status(code: number): Route {
  return (_request, response) => {
    response.writeHead(code, { 'content-type': 'text/html; charset=utf-8' }).end(`<p>status ${code}</p>`);
  };
}

/** A route that never answers (the client's timeout ends it). */
export const silent: Route = () => undefined;

/** A route that sends headers and a first chunk, then nothing more. */
export const stalling: Route = (_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.write('<html><body><p>Het begin van een pagina die nooit af komt');
};

/** A route answering after `ms` (to make overlapping requests observable). */
export function delayed(ms: number, route: Route): Route {
  return (request, response) => {
    const timer = setTimeout(() => route(request, response), ms);
    response.on('close', () => clearTimeout(timer));
  };
}

/** A route whose first `times` requests find their connection closed (a keep-alive connection the site dropped), then `route`. */
export function droppedFirst(times: number, route: Route): Route {
  let left = times;
  return (request, response) => {
    if (left > 0) {
      left -= 1;
      request.socket.destroy();
      return;
    }
    route(request, response);
  };
}

// A GET whose pooled connection the server closed is sent again once; a POST is not.
import assert from 'node:assert/strict';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { retryingStaleConnections } from './index.js';

/**
 * A server that closes the connection of the first `drop` requests as soon as a request arrives
 * (as a server closing an idle keep-alive connection does), then answers 200 "ok".
 */
function droppingServer(): { server: Server; drop: number; requests: number; url(): string } {
  const state = { drop: 0, requests: 0 } as { server: Server; drop: number; requests: number; url(): string };
  state.server = createServer((socket: Socket) => {
    socket.once('data', () => {
      state.requests += 1;
      if (state.drop > 0) {
        state.drop -= 1;
        socket.destroy();
        return;
      }
      socket.end('HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok');
    });
  });
  state.url = () => `http://127.0.0.1:${(state.server.address() as AddressInfo).port}/`;
  return state;
}

describe('retryingStaleConnections', () => {
  const site = droppingServer();
  before(() => new Promise<void>((resolve) => site.server.listen(0, '127.0.0.1', resolve)));
  after(() => new Promise<void>((resolve) => site.server.close(() => resolve())));

  it('plain fetch fails when the connection is closed under a request (the case it exists for)', async () => {
    site.drop = 1;
    await assert.rejects(fetch(site.url()), (error: TypeError) => {
      assert.match(String((error.cause as { code?: string }).code), /UND_ERR_SOCKET|ECONNRESET/);
      return true;
    });
  });

  it('sends a GET once more on a new connection', async () => {
    site.drop = 1;
    site.requests = 0;
    const res = await retryingStaleConnections()(site.url());
    assert.equal(await res.text(), 'ok');
    assert.equal(site.requests, 2);
  });

  it('gives up after one retry', async () => {
    site.drop = 2;
    site.requests = 0;
    await assert.rejects(retryingStaleConnections()(site.url()), TypeError);
    assert.equal(site.requests, 2);
    site.drop = 0;
  });

  it('never repeats a POST, which the server may have processed', async () => {
    site.drop = 1;
    site.requests = 0;
    await assert.rejects(retryingStaleConnections()(site.url(), { method: 'POST', body: 'code=x' }), TypeError);
    assert.equal(site.requests, 1);
    site.drop = 0;
  });

  it('does not retry a refused connection', async () => {
    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      calls += 1;
      return fetch(input, init);
    };
    await assert.rejects(retryingStaleConnections(counting)('http://127.0.0.1:1/'), TypeError);
    assert.equal(calls, 1, 'ECONNREFUSED is not a stale connection');
  });
});

// Server-sent events split across arbitrary chunk boundaries.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSseParser } from './sse-parser.js';

const STREAM = 'event: delta\ndata: {"text":"Een "}\n\n: comment\nevent: delta\ndata: {"text":"kaart"}\n\nevent: reply\ndata: {"a":1}\ndata: {"b":2}\n\n';

describe('createSseParser', () => {
  it('yields each event with its name and joined data lines', () => {
    assert.deepEqual(createSseParser()(STREAM), [
      { event: 'delta', data: '{"text":"Een "}' },
      { event: 'delta', data: '{"text":"kaart"}' },
      { event: 'reply', data: '{"a":1}\n{"b":2}' },
    ]);
  });

  it('gives the same events whatever the chunk size, also with CRLF line ends', () => {
    const whole = createSseParser()(STREAM);
    for (const stream of [STREAM, STREAM.replace(/\n/g, '\r\n')]) {
      for (const size of [1, 2, 3, 7, 50]) {
        const feed = createSseParser();
        const events = [];
        for (let i = 0; i < stream.length; i += size) events.push(...feed(stream.slice(i, i + size)));
        assert.deepEqual(events, whole, `chunk size ${size}`);
      }
    }
  });

  it('holds an unfinished event back and names events without a name "message"', () => {
    const feed = createSseParser();
    assert.deepEqual(feed('data: x'), []);
    assert.deepEqual(feed('\n\n'), [{ event: 'message', data: 'x' }]);
  });
});

// Reading a body up to a limit: whole when it fits, stopped and flagged when it does not.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readLimitedBody } from './read-limited-body.js';

function streamOf(chunks: number[], onCancel?: () => void): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const size = chunks[index++];
      if (size === undefined) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(index));
    },
    cancel: onCancel,
  });
}

describe('readLimitedBody', () => {
  it('reads a body that fits, exactly at the limit too', async () => {
    const body = await readLimitedBody(streamOf([3, 4, 3]), 10);
    assert.equal(body.exceeded, false);
    assert.deepEqual([...body.bytes], [1, 1, 1, 2, 2, 2, 2, 3, 3, 3]);
  });

  it('stops at the limit, cancels the stream and says so, without reading the rest', async () => {
    let cancelled = false;
    const chunks = [4, 4, 4, 4, 4];
    const body = await readLimitedBody(streamOf(chunks, () => (cancelled = true)), 10);
    assert.equal(body.exceeded, true);
    assert.equal(body.bytes.byteLength, 10);
    assert.ok(cancelled);
  });

  it('reads a missing body as empty', async () => {
    assert.deepEqual(await readLimitedBody(null, 10), { bytes: new Uint8Array(0), exceeded: false });
  });
});

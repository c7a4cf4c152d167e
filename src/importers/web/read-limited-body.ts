// Reads a response body as a stream, stopping as soon as it passes a byte limit.

/** The bytes read, and whether the body went on past the limit (then reading stopped there). */
export interface LimitedBody {
  bytes: Uint8Array;
  exceeded: boolean;
}

/**
 * Reads `body` up to `maxBytes`. When more arrives, the stream is cancelled, `exceeded` is
 * true and `bytes` holds the first `maxBytes`. A declared content-length is not needed nor
 * trusted: the count is of the bytes actually received (after content decoding). A null body
 * reads as empty. Rejects when the stream errors (an abort included).
 */
export async function readLimitedBody(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<LimitedBody> {
  if (!body) return { bytes: new Uint8Array(0), exceeded: false };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (total + value.byteLength > maxBytes) {
        chunks.push(value.subarray(0, maxBytes - total));
        total = maxBytes;
        await reader.cancel().catch(() => undefined); // the limit is the outcome; a failing cancel changes nothing
        return { bytes: concat(chunks, total), exceeded: true };
      }
      chunks.push(value);
      total += value.byteLength;
    }
  } finally {
    reader.releaseLock();
  }
  return { bytes: concat(chunks, total), exceeded: false };
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

// The live inbox as server-sent events: this node's conversation feed for one tenant, forwarded.
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { ConversationChange, ConversationFeed } from '../cluster/index.js';

/** A comment line this often keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;
/** A stream ends after this long; the browser's EventSource reconnects on its own (after `retry`). */
const MAX_STREAM_MS = 10 * 60_000;
const RETRY_MS = 3000;

/**
 * Streams `tenantId`'s conversation changes from any node: first a `ready` event (this node already
 * listens then; a client refreshes its list, catching up on what it missed), then one
 * `conversation` event `{ id, state }` per change. Ends when the client leaves, the feed closes
 * (server stopping) or after ten minutes. Rejects, before any byte is sent, when the database
 * cannot listen.
 */
export async function streamConversationEvents(c: Context, feed: ConversationFeed, tenantId: string): Promise<Response> {
  const pending: ConversationChange[] = [];
  let wake: (() => void) | undefined;
  const unsubscribe = await feed.subscribe(tenantId, (change) => {
    pending.push(change);
    wake?.();
  });
  // Tells nginx not to buffer the stream.
  c.header('X-Accel-Buffering', 'no');
  return streamSSE(c, async (stream) => {
    let open = !feed.closed.aborted;
    const stop = () => {
      open = false;
      wake?.();
    };
    stream.onAbort(stop);
    feed.closed.addEventListener('abort', stop, { once: true });
    const lifetime = setTimeout(stop, MAX_STREAM_MS);
    const heartbeat = setInterval(() => void stream.write(': heartbeat\n\n'), HEARTBEAT_MS);
    lifetime.unref();
    heartbeat.unref();
    try {
      await stream.writeSSE({ event: 'ready', data: '{}', retry: RETRY_MS });
      while (open) {
        const change = pending.shift();
        if (change) {
          await stream.writeSSE({ event: 'conversation', data: JSON.stringify({ id: change.conversationId, state: change.state }) });
          continue;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
      }
    } finally {
      clearTimeout(lifetime);
      clearInterval(heartbeat);
      feed.closed.removeEventListener('abort', stop);
      unsubscribe();
    }
  });
}

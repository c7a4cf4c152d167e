// One node's fan-out of conversation changes to its open live streams: a single LISTEN per node,
// handlers per tenant in memory.
import type { Db } from '../storage/index.js';
import { listenConversationChanges, type ConversationChange } from './conversation-changes.js';

type Handler = (change: ConversationChange) => void;

/** The changes to every tenant's conversations, as this node hears them. */
export interface ConversationFeed {
  /**
   * Calls `handler` for each change to `tenantId`'s conversations made on any node. Resolves, once
   * the node is listening, to a function that unsubscribes. Rejects when the database cannot listen.
   */
  subscribe(tenantId: string, handler: Handler): Promise<() => void>;
  /** Aborted by `close`: open streams end then, so the server can stop. */
  readonly closed: AbortSignal;
  /** Stops listening and aborts `closed`; safe to call twice. */
  close(): Promise<void>;
}

/** Creates the feed over `db`; it starts listening at the first subscription. */
export function createConversationFeed(db: Db): ConversationFeed {
  const handlers = new Map<string, Set<Handler>>();
  const controller = new AbortController();
  let listening: Promise<() => Promise<void>> | undefined;
  const dispatch = (change: ConversationChange) => {
    for (const handler of handlers.get(change.tenantId) ?? []) handler(change);
  };
  return {
    closed: controller.signal,
    async subscribe(tenantId, handler) {
      const set = handlers.get(tenantId) ?? new Set<Handler>();
      handlers.set(tenantId, set);
      set.add(handler);
      try {
        listening ??= listenConversationChanges(db, dispatch);
        await listening;
      } catch (error) {
        // The next subscription tries to listen again.
        listening = undefined;
        set.delete(handler);
        if (set.size === 0) handlers.delete(tenantId);
        throw error;
      }
      return () => {
        set.delete(handler);
        if (set.size === 0 && handlers.get(tenantId) === set) handlers.delete(tenantId);
      };
    },
    async close() {
      if (controller.signal.aborted) return;
      controller.abort();
      handlers.clear();
      // A listen that failed has nothing to stop; its subscriber already got the error.
      const stop = await listening?.catch(() => undefined);
      await stop?.();
    },
  };
}

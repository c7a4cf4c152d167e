// "A conversation in the inbox changed": sent by the conversation store, heard by every node's
// live inbox streams.
import type { Db, Queryable } from '../storage/index.js';
import { listenCluster, notifyCluster } from './cluster-channel.js';

/** The state a conversation is in after the change ('deleted': it is gone). */
export type ConversationChangeState = 'bot' | 'waiting' | 'with_agent' | 'closed' | 'deleted';

/** One change to a conversation the inbox may show: a state step, a message, contact details. */
export interface ConversationChange {
  tenantId: string;
  conversationId: string;
  state: ConversationChangeState;
}

const STATES: readonly string[] = ['bot', 'waiting', 'with_agent', 'closed', 'deleted'];
// Payload "<tenant>:<conversation>:<state>": tenant slugs and conversation ids hold no colon.
const PAYLOAD = /^([^:]+):([^:]+):([a-z_]+)$/;

/** Tells every node that a conversation changed; in a transaction, on commit. */
export async function notifyConversationChange(tx: Queryable, change: ConversationChange): Promise<void> {
  await notifyCluster(tx, 'conversations', `${change.tenantId}:${change.conversationId}:${change.state}`);
}

/**
 * Calls `handler` for every committed conversation change on any node (this one included).
 * Payloads of another shape are ignored. Resolves to a function that stops listening.
 */
export async function listenConversationChanges(db: Db, handler: (change: ConversationChange) => void): Promise<() => Promise<void>> {
  return listenCluster(db, 'conversations', (payload) => {
    const match = PAYLOAD.exec(payload);
    const [, tenantId, conversationId, state] = match ?? [];
    if (tenantId && conversationId && state && STATES.includes(state)) {
      handler({ tenantId, conversationId, state: state as ConversationChangeState });
    }
  });
}

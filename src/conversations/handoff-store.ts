// The handoff: explicit states (bot → waiting → with_agent → closed), each change appended to
// the conversation's history; agent replies; what a resident's widget polls; residents' feedback.
import { notifyConversationChange } from '../cluster/index.js';
import { ConflictError, UnknownConversationError } from '../errors/index.js';
import type { Queryable } from '../storage/index.js';
import { getConversation, type ConversationState, type MessageRole } from './conversation-store.js';

/** Which state may follow which. A closed conversation reopens when the resident writes again. */
const NEXT: Record<ConversationState, readonly ConversationState[]> = {
  bot: ['waiting', 'closed'],
  waiting: ['with_agent', 'closed', 'bot'],
  with_agent: ['closed', 'waiting'],
  closed: ['bot'],
};

/** Whether `from` → `to` is an allowed handoff step. */
export function canMoveTo(from: ConversationState, to: ConversationState): boolean {
  return NEXT[from].includes(to);
}

/**
 * Moves a conversation to `to`, appending the change to its history. Throws
 * UnknownConversationError, or ConflictError for a step the flow does not allow.
 */
export async function changeState(db: Queryable, tenantId: string, conversationId: string, to: ConversationState, actor: string, at: Date): Promise<void> {
  const conversation = await getConversation(db, tenantId, conversationId);
  if (conversation.state === to) return;
  if (!canMoveTo(conversation.state, to)) throw new ConflictError(`a conversation that is "${conversation.state}" cannot become "${to}"`);
  await recordStateChange(db, tenantId, conversationId, conversation.state, to, actor, at);
}

/**
 * Appends a state change and sets the state (used by changeState and by the assistant's turns);
 * every node's live inbox hears of it (in a transaction: on commit).
 */
export async function recordStateChange(
  db: Queryable, tenantId: string, conversationId: string, from: ConversationState, to: ConversationState, actor: string, at: Date,
): Promise<void> {
  await db.query(
    `insert into conversation_events (tenant_id, conversation_id, seq, at, from_state, to_state, actor)
     select $1, $2, coalesce(max(seq), 0) + 1, $3, $4, $5, $6 from conversation_events where tenant_id = $1 and conversation_id = $2`,
    [tenantId, conversationId, at, from, to, actor],
  );
  await db.query('update conversations set state = $3, updated_at = $4 where tenant_id = $1 and id = $2', [tenantId, conversationId, to, at]);
  await notifyConversationChange(db, { tenantId, conversationId, state: to });
}

/**
 * An agent's reply: appended as an "agent" message; a waiting conversation is now with the agent.
 * Every node's live inbox hears of it (in a transaction: on commit).
 */
export async function appendAgentMessage(db: Queryable, tenantId: string, conversationId: string, text: string, actor: string, at: Date): Promise<void> {
  const conversation = await getConversation(db, tenantId, conversationId);
  if (conversation.state === 'closed') throw new ConflictError('the conversation is closed');
  if (conversation.state !== 'with_agent') await recordStateChange(db, tenantId, conversationId, conversation.state, 'with_agent', actor, at);
  await db.query(
    `insert into conversation_messages (tenant_id, conversation_id, seq, role, text, reply, at)
     select $1, $2, coalesce(max(seq), 0) + 1, 'agent', $3, jsonb_build_object('by', $4::text), $5
     from conversation_messages where tenant_id = $1 and conversation_id = $2`,
    [tenantId, conversationId, text, actor, at],
  );
  await db.query('update conversations set updated_at = $3 where tenant_id = $1 and id = $2', [tenantId, conversationId, at]);
  await notifyConversationChange(db, { tenantId, conversationId, state: 'with_agent' });
}

/** A message with its place in the conversation, for polling. */
export interface SequencedMessage {
  seq: number;
  role: MessageRole;
  text: string;
  at: string;
}

/** The state and the messages after `afterSeq` (0: all). Throws UnknownConversationError. */
export async function messagesAfter(db: Queryable, tenantId: string, conversationId: string, afterSeq: number): Promise<{ state: ConversationState; messages: SequencedMessage[] }> {
  const conversation = await getConversation(db, tenantId, conversationId);
  const messages = await db.query<SequencedMessage & { [k: string]: unknown }>(
    `select seq, role, text, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at
     from conversation_messages where tenant_id = $1 and conversation_id = $2 and seq > $3 order by seq`,
    [tenantId, conversationId, afterSeq],
  );
  return { state: conversation.state, messages };
}

/** One conversation in the staff inbox. */
export interface InboxItem {
  id: string;
  state: ConversationState;
  updatedAt: string;
  lastResidentMessage: string | null;
  /** Whether the resident left contact details to be called or mailed back. */
  contactLeft: boolean;
}

/** Conversations of `tenantId` in one of `states`, the longest waiting first. */
export async function listConversations(db: Queryable, tenantId: string, states: readonly ConversationState[], limit = 100): Promise<InboxItem[]> {
  return db.query<InboxItem & { [k: string]: unknown }>(
    `select c.id, c.state, to_char(c.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt",
            (select m.text from conversation_messages m where m.tenant_id = c.tenant_id and m.conversation_id = c.id and m.role = 'resident'
             order by m.seq desc limit 1) as "lastResidentMessage",
            exists (select 1 from contact_requests r where r.tenant_id = c.tenant_id and r.conversation_id = c.id) as "contactLeft"
     from conversations c where c.tenant_id = $1 and c.state = any($2::text[]) order by c.updated_at limit $3`,
    [tenantId, states, limit],
  );
}

/** Stores a resident's thumbs up or down (with an optional comment, already redacted). */
export async function recordFeedback(
  db: Queryable, tenantId: string, conversationId: string,
  feedback: { messageSeq: number | null; rating: 'up' | 'down'; comment: string | null }, at: Date,
): Promise<void> {
  await getConversation(db, tenantId, conversationId);
  if (feedback.messageSeq !== null) {
    const [message] = await db.query("select 1 from conversation_messages where tenant_id = $1 and conversation_id = $2 and seq = $3 and role = 'bot'", [tenantId, conversationId, feedback.messageSeq]);
    if (!message) throw new UnknownConversationError(`${conversationId}#${feedback.messageSeq}`);
  }
  await db.query('insert into feedback (tenant_id, conversation_id, message_seq, rating, comment, at) values ($1, $2, $3, $4, $5, $6)', [
    tenantId, conversationId, feedback.messageSeq, feedback.rating, feedback.comment, at,
  ]);
}

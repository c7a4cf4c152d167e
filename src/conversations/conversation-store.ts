// Conversations and their messages. Every function takes the database, then the tenant.
import { randomUUID } from 'node:crypto';
import { notifyConversationChange } from '../cluster/index.js';
import { UnknownConversationError } from '../errors/index.js';
import type { Queryable } from '../storage/index.js';

/** Where a conversation is in the handoff flow. */
export type ConversationState = 'bot' | 'waiting' | 'with_agent' | 'closed';

/** Who wrote a message. */
export type MessageRole = 'resident' | 'bot' | 'agent';

export interface Conversation {
  id: string;
  tenantId: string;
  state: ConversationState;
  /** The assistant's memory between turns (opaque here). */
  context: Record<string, unknown>;
}

export interface StoredMessage {
  role: MessageRole;
  text: string;
  at: string;
  reply: Record<string, unknown> | null;
}

/** A conversation of `tenantId`; throws UnknownConversationError when it is not this tenant's. */
export async function getConversation(db: Queryable, tenantId: string, conversationId: string): Promise<Conversation> {
  const [row] = await db.query<{ id: string; state: ConversationState; context: Record<string, unknown> }>(
    'select id, state, context from conversations where tenant_id = $1 and id = $2',
    [tenantId, conversationId],
  );
  if (!row) throw new UnknownConversationError(conversationId);
  return { id: row.id, tenantId, state: row.state, context: row.context };
}

/** A new conversation of `tenantId` in state "bot", not yet stored: appendTurn stores it with its first turn. */
export function newConversation(tenantId: string): Conversation {
  return { id: randomUUID(), tenantId, state: 'bot', context: {} };
}

/**
 * Stores a turn in one statement: creates the conversation if it is new, or updates its state
 * and context, and appends `messages` in order after the ones already there. A turn of a
 * conversation that waits for or is with a person is in the staff inbox: every node's live inbox
 * hears of it (a second statement, only then).
 */
export async function appendTurn(
  db: Queryable,
  tenantId: string,
  conversationId: string,
  update: { state: ConversationState; context: Record<string, unknown>; at: Date },
  messages: ReadonlyArray<{ role: MessageRole; text: string; reply?: Record<string, unknown> }>,
): Promise<void> {
  await db.query(
    `with conversation as (
       insert into conversations (tenant_id, id, state, context, created_at, updated_at)
       values ($1, $2, $3, $4::jsonb, $5, $5)
       on conflict (tenant_id, id) do update
         set state = excluded.state, context = excluded.context, updated_at = excluded.updated_at
       returning id
     )
     insert into conversation_messages (tenant_id, conversation_id, seq, role, text, reply, at)
     select $1, conversation.id,
            coalesce((select max(seq) from conversation_messages where tenant_id = $1 and conversation_id = $2), 0) + ordinality,
            x->>'role', x->>'text', x->'reply', $5
     from conversation, jsonb_array_elements($6::jsonb) with ordinality as t(x, ordinality)`,
    [tenantId, conversationId, update.state, JSON.stringify(update.context), update.at, JSON.stringify(messages.map((m) => ({ ...m, reply: m.reply ?? null })))],
  );
  if (update.state === 'waiting' || update.state === 'with_agent') {
    await notifyConversationChange(db, { tenantId, conversationId, state: update.state });
  }
}

/** The stored messages of a conversation, oldest first. Throws UnknownConversationError. */
export async function listMessages(db: Queryable, tenantId: string, conversationId: string): Promise<StoredMessage[]> {
  await getConversation(db, tenantId, conversationId);
  return db.query<StoredMessage & { [k: string]: unknown }>(
    `select role, text, reply, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at
     from conversation_messages where tenant_id = $1 and conversation_id = $2 order by seq`,
    [tenantId, conversationId],
  );
}

/**
 * Deletes a conversation and its messages; throws UnknownConversationError when it is not this
 * tenant's. Every node's live inbox hears of it (in a transaction: on commit).
 */
export async function deleteConversation(db: Queryable, tenantId: string, conversationId: string): Promise<void> {
  const rows = await db.query('delete from conversations where tenant_id = $1 and id = $2 returning 1', [tenantId, conversationId]);
  if (rows.length === 0) throw new UnknownConversationError(conversationId);
  await notifyConversationChange(db, { tenantId, conversationId, state: 'deleted' });
}

/** When a conversation started, for exports. Throws UnknownConversationError. */
export async function conversationStartedAt(db: Queryable, tenantId: string, conversationId: string): Promise<string> {
  const [row] = await db.query<{ created: string }>(
    `select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created from conversations where tenant_id = $1 and id = $2`,
    [tenantId, conversationId],
  );
  if (!row) throw new UnknownConversationError(conversationId);
  return row.created;
}

// Contact details a resident leaves, with consent, so staff can call or mail back after a handoff.
// Personal data given on purpose: kept as given, never in a transcript, never sent to a model.
import { notifyConversationChange } from '../cluster/index.js';
import { ConflictError } from '../errors/index.js';
import type { Queryable } from '../storage/index.js';
import { getConversation } from './conversation-store.js';

/** What the resident gave; at least one of `email` and `phone`. */
export interface ContactDetails {
  name: string | null;
  email: string | null;
  phone: string | null;
}

/** A stored contact request: the details and when consent was given. */
export interface ContactRequest extends ContactDetails {
  consentAt: string;
}

/**
 * Stores (or replaces: one per conversation) the contact details of a conversation that waits for
 * or is with a person; every node's live inbox hears of it (in a transaction: on commit). Throws
 * UnknownConversationError, or ConflictError in any other state.
 */
export async function saveContactRequest(db: Queryable, tenantId: string, conversationId: string, details: ContactDetails, consentAt: Date): Promise<void> {
  const conversation = await getConversation(db, tenantId, conversationId);
  if (conversation.state !== 'waiting' && conversation.state !== 'with_agent') {
    throw new ConflictError(`contact details are for a conversation waiting for a person, not one that is "${conversation.state}"`);
  }
  await db.query(
    `insert into contact_requests (tenant_id, conversation_id, name, email, phone, consent_at, created_at) values ($1, $2, $3, $4, $5, $6, $6)
     on conflict (tenant_id, conversation_id) do update set name = excluded.name, email = excluded.email, phone = excluded.phone, consent_at = excluded.consent_at`,
    [tenantId, conversationId, details.name, details.email, details.phone, consentAt],
  );
  await notifyConversationChange(db, { tenantId, conversationId, state: conversation.state });
}

/** The contact request of a conversation of `tenantId`, or null when none was left. */
export async function findContactRequest(db: Queryable, tenantId: string, conversationId: string): Promise<ContactRequest | null> {
  const [row] = await db.query<ContactRequest & { [k: string]: unknown }>(
    `select name, email, phone, to_char(consent_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "consentAt"
     from contact_requests where tenant_id = $1 and conversation_id = $2`,
    [tenantId, conversationId],
  );
  return row ? { name: row.name, email: row.email, phone: row.phone, consentAt: row.consentAt } : null;
}

// Reviewing bot replies: the replies to look at (fallbacks, handoffs, thumbs down), the questions the
// assistant could not answer, and verdicts appended to reply_reviews. Tenant after the database, always.
import { UnknownConversationError } from '../errors/index.js';
import type { Queryable } from '../storage/index.js';

export const REVIEW_TYPES = ['fallback', 'handoff', 'negative'] as const;
export type ReviewType = (typeof REVIEW_TYPES)[number];

/** One bot reply to review, with the resident's question before it and any earlier verdict. */
export interface ReviewItem {
  conversationId: string;
  seq: number;
  at: string;
  question: string | null;
  reply: string;
  comment: string | null;
  rightProduct: string | null;
  reviewed: boolean;
}

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
// A thumbs down names its reply, or (without messageSeq) the last bot reply before it.
const THUMBS_DOWN = `exists (select 1 from feedback f where f.tenant_id = m.tenant_id and f.conversation_id = m.conversation_id and f.rating = 'down'
  and (f.message_seq = m.seq or (f.message_seq is null and m.seq = (select max(x.seq) from conversation_messages x
    where x.tenant_id = m.tenant_id and x.conversation_id = m.conversation_id and x.role = 'bot' and x.at <= f.at))))`;

/** Bot replies of `tenantId` of `type` (a reply type, or "negative": got a thumbs down), newest first. */
export async function listReviewItems(db: Queryable, tenantId: string, type: ReviewType, limit = 100): Promise<ReviewItem[]> {
  const filter = type === 'negative' ? THUMBS_DOWN : `m.reply->>'type' = $2`;
  return db.query<ReviewItem & { [k: string]: unknown }>(
    `select m.conversation_id as "conversationId", m.seq, m.text as reply,
            to_char(m.at at time zone 'UTC', ${ISO}) as at,
            (select r.text from conversation_messages r where r.tenant_id = m.tenant_id and r.conversation_id = m.conversation_id
              and r.role = 'resident' and r.seq < m.seq order by r.seq desc limit 1) as question,
            (select f.comment from feedback f where f.tenant_id = m.tenant_id and f.conversation_id = m.conversation_id
              and f.message_seq = m.seq and f.comment is not null order by f.at desc limit 1) as comment,
            (select v.right_product from reply_reviews v where v.tenant_id = m.tenant_id and v.conversation_id = m.conversation_id
              and v.message_seq = m.seq order by v.at desc limit 1) as "rightProduct",
            exists (select 1 from reply_reviews v where v.tenant_id = m.tenant_id and v.conversation_id = m.conversation_id
              and v.message_seq = m.seq) as reviewed
     from conversation_messages m
     where m.tenant_id = $1 and m.role = 'bot' and ${filter}
     order by m.at desc, m.conversation_id, m.seq desc limit ${type === 'negative' ? '$2' : '$3'}`,
    type === 'negative' ? [tenantId, limit] : [tenantId, type, limit],
  );
}

/**
 * Records that bot reply `seq` of a conversation was wrong, with the product that would have been
 * right (null: none exists yet — a knowledge gap). Appended, never edited. Throws
 * UnknownConversationError when the reply is not one of `tenantId`'s bot replies.
 */
export async function markReplyWrong(
  db: Queryable, tenantId: string, review: { conversationId: string; seq: number; rightProduct: string | null; reviewer: string; at: Date },
): Promise<void> {
  const [message] = await db.query("select 1 from conversation_messages where tenant_id = $1 and conversation_id = $2 and seq = $3 and role = 'bot'", [
    tenantId, review.conversationId, review.seq,
  ]);
  if (!message) throw new UnknownConversationError(`${review.conversationId}#${review.seq}`);
  await db.query(
    `insert into reply_reviews (tenant_id, conversation_id, message_seq, verdict, right_product, reviewer, at) values ($1, $2, $3, 'wrong', $4, $5, $6)`,
    [tenantId, review.conversationId, review.seq, review.rightProduct, review.reviewer, review.at],
  );
}

/** Residents' questions of `tenantId` that the next bot reply answered with a fallback, newest first. */
export async function listFallbackQuestions(db: Queryable, tenantId: string, limit = 2000): Promise<Array<{ text: string; at: string }>> {
  return db.query<{ text: string; at: string }>(
    `select r.text, to_char(r.at at time zone 'UTC', ${ISO}) as at
     from conversation_messages r join conversation_messages b
       on b.tenant_id = r.tenant_id and b.conversation_id = r.conversation_id and b.seq = r.seq + 1
     where r.tenant_id = $1 and r.role = 'resident' and b.role = 'bot' and b.reply->>'type' = 'fallback'
     order by r.at desc limit $2`,
    [tenantId, limit],
  );
}

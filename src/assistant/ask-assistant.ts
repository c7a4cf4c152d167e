// The assistant's front door: one resident message in, one reply out, with the conversation
// loaded, the personal data removed before anything is understood or stored, and the turn saved.
import { appendTurn, getConversation, newConversation } from '../conversations/index.js';
import { redactPersonalData } from '../governance/index.js';
import type { Db } from '../storage/index.js';
import { answerTurn } from './answer-turn.js';
import type { ConversationContext } from './conversation-context.js';
import type { KnowledgeCache } from './knowledge-cache.js';
import type { Reply } from './reply.js';
import { textForUnderstanding } from './understand/text-for-understanding.js';

/** What the assistant needs from the process. */
export interface AssistantDeps {
  db: Db;
  knowledge: KnowledgeCache;
}

export interface AskInput {
  message: string;
  conversationId?: string | undefined;
  /** The clock for this turn (frozen clock, request override, or the real time). */
  now: Date;
}

export interface AskResult {
  conversationId: string;
  reply: Reply;
}

/** Never let a reply carry what the resident typed as personal data. */
function withoutEcho(reply: Reply, original: string, findings: ReadonlyArray<{ start: number; end: number }>): Reply {
  let text = reply.text;
  for (const f of findings) {
    const value = original.slice(f.start, f.end);
    if (value && text.includes(value)) text = text.split(value).join('[verwijderd]');
  }
  return text === reply.text ? reply : { ...reply, text };
}

/**
 * Answers `input.message` for `tenantId`. Throws UnknownTenantError, UnknownConversationError
 * (a conversation id of another tenant is unknown too).
 */
export async function askAssistant(deps: AssistantDeps, tenantId: string, input: AskInput): Promise<AskResult> {
  const knowledge = await deps.knowledge.get(tenantId);
  const conversation = input.conversationId
    ? await getConversation(deps.db, tenantId, input.conversationId)
    : newConversation(tenantId);
  const redacted = redactPersonalData(input.message);
  const understood = textForUnderstanding(input.message, redacted.findings);
  const turn = answerTurn(knowledge, understood, input.now, conversation.context as ConversationContext);
  const reply = withoutEcho(turn.reply, input.message, redacted.findings);
  const state = reply.type === 'handoff' ? 'waiting' : conversation.state;
  await appendTurn(
    deps.db,
    tenantId,
    conversation.id,
    { state, context: turn.context as Record<string, unknown>, at: input.now },
    [
      { role: 'resident', text: redacted.text },
      { role: 'bot', text: reply.text, reply: { type: reply.type, sources: reply.sources.map((s) => s.id), confidence: reply.confidence, route: turn.route } },
    ],
  );
  return { conversationId: conversation.id, reply };
}

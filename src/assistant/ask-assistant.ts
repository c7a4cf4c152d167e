// The assistant's front door: one resident message in, one reply out, with the conversation
// loaded, the personal data removed before anything is understood or stored, and the turn saved.
import { appendTurn, getConversation, newConversation, recordStateChange } from '../conversations/index.js';
import { redactPersonalData } from '../governance/index.js';
import type { Db } from '../storage/index.js';
import { answerTurn } from './answer-turn.js';
import type { ConversationContext } from './conversation-context.js';
import type { KnowledgeCache } from './knowledge-cache.js';
import type { Reply } from './reply.js';
import { textForUnderstanding } from './understand/text-for-understanding.js';
import { agentTakesOverReply } from './reply/agent-reply.js';

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
  if (conversation.state === 'with_agent') {
    // A person has taken over: the assistant stays quiet and the message goes to the agent.
    await appendTurn(deps.db, tenantId, conversation.id, { state: 'with_agent', context: conversation.context, at: input.now }, [
      { role: 'resident', text: redacted.text },
    ]);
    return { conversationId: conversation.id, reply: agentTakesOverReply(knowledge) };
  }
  const understood = textForUnderstanding(input.message, redacted.findings);
  const turn = answerTurn(knowledge, understood, input.now, conversation.context as ConversationContext);
  const reply = withoutEcho(turn.reply, input.message, redacted.findings);
  await deps.db.transaction(async (tx) => {
    // A closed conversation opens again when the resident writes.
    const state = conversation.state === 'closed' ? 'bot' : conversation.state;
    await appendTurn(
      tx,
      tenantId,
      conversation.id,
      { state, context: turn.context as Record<string, unknown>, at: input.now },
      [
        { role: 'resident', text: redacted.text },
        { role: 'bot', text: reply.text, reply: { type: reply.type, sources: reply.sources.map((s) => s.id), confidence: reply.confidence, route: turn.route } },
      ],
    );
    if (state !== conversation.state) await recordStateChange(tx, tenantId, conversation.id, conversation.state, state, 'resident', input.now);
    if (reply.type === 'handoff' && state !== 'waiting') await recordStateChange(tx, tenantId, conversation.id, state, 'waiting', 'resident', input.now);
  });
  return { conversationId: conversation.id, reply };
}

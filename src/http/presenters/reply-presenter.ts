// Public shape of a chat reply (CONTRACT.md): exactly these keys, whatever the assistant keeps inside.
import { z } from '@hono/zod-openapi';
import type { AskResult } from '../../assistant/index.js';

export const ReplySchema = z
  .object({
    type: z.enum(['answer', 'clarify', 'fallback', 'handoff']),
    text: z.string().openapi({ description: 'What the resident reads: plain text with light Markdown' }),
    sources: z.array(z.object({ id: z.string(), title: z.string(), url: z.string().nullable() })),
    confidence: z.number().min(0).max(1),
    suggestions: z.array(z.string()).optional(),
  })
  .openapi('Reply');

export const ChatResponseSchema = z.object({ conversationId: z.string(), reply: ReplySchema }).openapi('ChatResponse');

export type ChatResponse = z.infer<typeof ChatResponseSchema>;

/** The chat response body. */
export function presentChatResult(result: AskResult): ChatResponse {
  const { reply } = result;
  return {
    conversationId: result.conversationId,
    reply: {
      type: reply.type,
      text: reply.text,
      sources: reply.sources.map((s) => ({ id: s.id, title: s.title, url: s.url })),
      confidence: Math.round(reply.confidence * 1000) / 1000,
      ...(reply.suggestions ? { suggestions: [...reply.suggestions] } : {}),
    },
  };
}

// The shape of a stored transcript for staff and for a resident's export (CONTRACT.md).
import { z } from '@hono/zod-openapi';
import type { Conversation, StoredMessage } from '../../conversations/index.js';

export const TranscriptSchema = z
  .object({
    id: z.string(),
    state: z.enum(['bot', 'waiting', 'with_agent', 'closed']),
    startedAt: z.string(),
    messages: z.array(z.object({ role: z.enum(['resident', 'bot', 'agent']), text: z.string(), at: z.string() })),
  })
  .openapi('Transcript');

export type Transcript = z.infer<typeof TranscriptSchema>;

/** The transcript as stored (redacted); the assistant's internal context is not part of it. */
export function presentTranscript(conversation: Conversation, messages: readonly StoredMessage[], startedAt: string): Transcript {
  return {
    id: conversation.id,
    state: conversation.state,
    startedAt,
    messages: messages.map((m) => ({ role: m.role, text: m.text, at: m.at })),
  };
}

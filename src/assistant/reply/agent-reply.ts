// The reply while a staff member handles the conversation: the assistant does not answer.
import type { Reply } from '../reply.js';
import type { TenantKnowledge } from '../tenant-knowledge.js';
import { styled } from './style-text.js';

/** Tells the resident the message went to the person who took over. */
export function agentTakesOverReply(knowledge: TenantKnowledge): Reply {
  return {
    type: 'handoff',
    text: styled(
      knowledge.tenant.style,
      'Uw bericht is doorgegeven aan de medewerker die dit gesprek heeft overgenomen. Het antwoord verschijnt hier.',
      'Je bericht is doorgegeven aan de medewerker die dit gesprek heeft overgenomen. Het antwoord verschijnt hier.',
    ),
    sources: [],
    confidence: 1,
  };
}

// Front door of conversations: transcripts, states, (later) feedback and the handoff inbox.
export {
  getConversation, newConversation, appendTurn, listMessages, deleteConversation, conversationStartedAt,
  type Conversation, type ConversationState, type MessageRole, type StoredMessage,
} from './conversation-store.js';

// Front door of conversations: transcripts, states, (later) feedback and the handoff inbox.
export {
  getConversation, newConversation, appendTurn, listMessages, deleteConversation, conversationStartedAt,
  type Conversation, type ConversationState, type MessageRole, type StoredMessage,
} from './conversation-store.js';
export {
  canMoveTo, changeState, recordStateChange, appendAgentMessage, messagesAfter, listConversations, recordFeedback,
  type SequencedMessage, type InboxItem,
} from './handoff-store.js';
export { dashboardStats, type DashboardStats } from './dashboard-stats.js';
export { saveContactRequest, findContactRequest, type ContactDetails, type ContactRequest } from './contact-store.js';
export {
  listReviewItems, markReplyWrong, listFallbackQuestions, REVIEW_TYPES, type ReviewItem, type ReviewType,
} from './review-store.js';

// Front door of the assistant: answer a resident's message, evaluate against a question set.
export { askAssistant, type AssistantDeps, type AskInput, type AskResult } from './ask-assistant.js';
export { answerTurn, MIN_PRODUCT_CONFIDENCE, type TurnResult } from './answer-turn.js';
export { createKnowledgeCache, type KnowledgeCache } from './knowledge-cache.js';
export { buildTenantKnowledge, type TenantKnowledge } from './tenant-knowledge.js';
export type { Reply, ReplySource, ReplyType } from './reply.js';
export type { ConversationContext } from './conversation-context.js';
export { readEvalCases } from './evaluation/read-eval-cases.js';
export { runEvaluation, type EvalReport, type CaseResult, type Ask } from './evaluation/run-evaluation.js';
export { formatEvalReport } from './evaluation/format-eval-report.js';
export { evalCaseSchema, type EvalCase } from './evaluation/eval-case.js';

// Runs evaluation cases through the assistant and scores them per category, with the
// abstention (fallback) precision and recall.
import type { AskResult } from '../ask-assistant.js';
import type { Reply } from '../reply.js';
import { categorizeCase, type IsOffered } from './categorize-case.js';
import { checkReply } from './check-reply.js';
import type { EvalCase } from './eval-case.js';

/** Asks one message in a conversation; the evaluation passes the case's clock. */
export type Ask = (tenant: string, message: string, conversationId: string | undefined, now: Date) => Promise<AskResult>;

export interface CaseResult {
  id: string;
  tenant: string;
  category: string;
  turns: string[];
  reply: Reply;
  misses: string[];
}

export interface CategoryScore {
  category: string;
  passed: number;
  total: number;
}

export interface EvalReport {
  results: CaseResult[];
  categories: CategoryScore[];
  overall: CategoryScore;
  /** How well fallbacks match the cases that expect one. */
  abstention: { precision: number; recall: number; expected: number; given: number };
}

/** Runs every case (each in a new conversation) with `ask`; `clock` supplies the time when a case has no `now`. */
export async function runEvaluation(cases: readonly EvalCase[], ask: Ask, isOffered: IsOffered, clock: () => Date = () => new Date()): Promise<EvalReport> {
  const results: CaseResult[] = [];
  for (const evalCase of cases) {
    const now = evalCase.now ? new Date(evalCase.now) : clock();
    let conversationId: string | undefined;
    let reply: Reply | undefined;
    for (const turn of evalCase.turns) {
      const result = await ask(evalCase.tenant, turn, conversationId, now);
      conversationId = result.conversationId;
      reply = result.reply;
    }
    const last = reply as Reply;
    results.push({
      id: evalCase.id,
      tenant: evalCase.tenant,
      category: categorizeCase(evalCase, isOffered),
      turns: evalCase.turns,
      reply: last,
      misses: checkReply(last, evalCase.expect),
    });
  }
  const byCategory = new Map<string, CategoryScore>();
  for (const r of results) {
    const score = byCategory.get(r.category) ?? { category: r.category, passed: 0, total: 0 };
    score.total += 1;
    if (r.misses.length === 0) score.passed += 1;
    byCategory.set(r.category, score);
  }
  const expectedFallback = new Set(cases.filter((c) => c.expect.type === 'fallback').map((c) => c.id));
  const givenFallback = results.filter((r) => r.reply.type === 'fallback');
  const truePositives = givenFallback.filter((r) => expectedFallback.has(r.id)).length;
  return {
    results,
    categories: [...byCategory.values()],
    overall: { category: 'overall', passed: results.filter((r) => r.misses.length === 0).length, total: results.length },
    abstention: {
      precision: givenFallback.length ? truePositives / givenFallback.length : 1,
      recall: expectedFallback.size ? truePositives / expectedFallback.size : 1,
      expected: expectedFallback.size,
      given: givenFallback.length,
    },
  };
}

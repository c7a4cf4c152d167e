// The category of a case for the report: its own label, else derived from what it expects
// (the categories of the development set's README).
import { normalizeText } from '../../retrieval/index.js';
import { detectFractions } from '../understand/detect-fractions.js';
import type { EvalCase } from './eval-case.js';

/** Whether a product is one the municipality offers; used to tell "not offered" cases apart. */
export type IsOffered = (tenant: string, productId: string) => boolean | undefined;

/** A stable category name for `evalCase`. */
export function categorizeCase(evalCase: EvalCase, isOffered: IsOffered): string {
  if (evalCase.category) return evalCase.category;
  const { expect, turns } = evalCase;
  if (turns.length > 1) return 'multi-turn';
  if (expect.notContains.length > 0) return 'personal data';
  if (expect.type === 'fallback') return 'out of scope';
  if (expect.type === 'handoff') return 'asking for a person';
  const source = expect.source ?? expect.sourcesAny?.[0] ?? '';
  if (source.startsWith('waste:')) return 'waste collection';
  if (expect.type === 'clarify') {
    return detectFractions(normalizeText(turns[turns.length - 1] ?? '')).length > 0 ? 'waste collection' : 'clarify';
  }
  if (source.startsWith('location:')) return 'opening hours';
  if (isOffered(evalCase.tenant, source) === false) return 'service not offered';
  return 'product question';
}

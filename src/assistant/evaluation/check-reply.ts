// Compares a reply with a case's expectation, as CONTRACT.md defines it.
import type { Reply } from '../reply.js';
import type { EvalCase } from './eval-case.js';

// Whitespace is ignored; 24-hour times written "8.30 uur", "8u30" or "8:30" compare as "08:30".
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/\b(\d{1,2})(?:[.:]|u)(\d{2})(?:\s*uur)?\b/g, (_, h: string, m: string) => `${h.padStart(2, '0')}:${m}`)
    .replace(/\s+/g, '');
}

/** Every way `reply` misses `expect`; empty when it passes. */
export function checkReply(reply: Reply, expect: EvalCase['expect']): string[] {
  const misses: string[] = [];
  if (reply.type !== expect.type) misses.push(`type ${reply.type}, expected ${expect.type}`);
  const first = reply.sources[0]?.id;
  if (expect.source && first !== expect.source) misses.push(`source ${first ?? 'none'}, expected ${expect.source}`);
  if (expect.sourcesAny && !expect.sourcesAny.includes(first ?? '')) misses.push(`source ${first ?? 'none'}, expected one of ${expect.sourcesAny.join(', ')}`);
  const text = comparable(reply.text);
  for (const wanted of expect.contains) if (!text.includes(comparable(wanted))) misses.push(`text lacks "${wanted}"`);
  for (const unwanted of expect.notContains) if (text.includes(comparable(unwanted))) misses.push(`text contains "${unwanted}"`);
  return misses;
}

// The evaluation set format (CONTRACT.md): one JSON object per line.
import { z } from 'zod';

export const evalCaseSchema = z.object({
  id: z.string().min(1),
  tenant: z.string().min(1),
  now: z.string().refine((v) => !Number.isNaN(Date.parse(v)) && /([+-]\d{2}:\d{2}|Z)$/.test(v), 'must be ISO 8601 with an offset').optional(),
  turns: z.array(z.string().min(1).max(2000)).min(1),
  /** Optional label for the report; derived from the expectation when absent. */
  category: z.string().min(1).optional(),
  expect: z.object({
    type: z.enum(['answer', 'clarify', 'fallback', 'handoff']),
    source: z.string().min(1).optional(),
    sourcesAny: z.array(z.string().min(1)).min(1).optional(),
    contains: z.array(z.string()).default([]),
    notContains: z.array(z.string()).default([]),
  }),
});

export type EvalCase = z.infer<typeof evalCaseSchema>;

// The one error shape of the HTTP API (CONTRACT.md), as a zod schema for validation and OpenAPI.
import { z } from '@hono/zod-openapi';

export const ProblemSchema = z.object({
  file: z.string().optional(),
  line: z.number().int().optional(),
  field: z.string().optional(),
  message: z.string(),
});

export const ErrorEnvelopeSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'unknown_tenant' }),
      message: z.string().openapi({ example: 'unknown tenant "leiebeek"' }),
      details: z.array(ProblemSchema).optional(),
    }),
  })
  .openapi('Error');

export type ErrorEnvelope = z.infer<typeof ErrorEnvelopeSchema>;

/** OpenAPI response entries for the given error statuses, all with the envelope. */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: 'Error', content: { 'application/json': { schema: ErrorEnvelopeSchema } } },
    ]),
  );
}

// POST /api/v1/tenants/{tenant}/chat: one resident message, one reply (JSON or server-sent events).
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { streamSSE } from 'hono/streaming';
import { askAssistant } from '../../assistant/index.js';
import { PayloadTooLargeError } from '../../errors/index.js';
import type { AppDeps } from '../app-deps.js';
import { errorResponses } from '../error-envelope.js';
import { ChatResponseSchema, presentChatResult } from '../presenters/reply-presenter.js';
import { clientKey, type RateLimiter } from '../rate-limit.js';
import { cleanText, conversationParam, tenantParam } from '../params.js';

/** Request bodies above this are refused before they are parsed. */
export const CHAT_BODY_LIMIT_BYTES = 16 * 1024;

const ChatRequestSchema = z
  .object({
    message: cleanText(1, 2000).openapi({ example: 'Hoeveel kost een nieuwe identiteitskaart?' }),
    conversationId: conversationParam.optional(),
    language: z.enum(['nl', 'en', 'fr', 'de']).optional(),
    now: z
      .string()
      .refine((v) => !Number.isNaN(Date.parse(v)) && /([+-]\d{2}:\d{2}|Z)$/.test(v), 'must be ISO 8601 with an offset')
      .optional()
      .openapi({ description: 'Honoured only when LOKET_ALLOW_CLOCK_OVERRIDE=1 (staff previews, evaluation)' }),
  })
  .strict()
  .openapi('ChatRequest');

const route = createRoute({
  method: 'post',
  path: '/api/v1/tenants/{tenant}/chat',
  tags: ['assistant'],
  summary: 'Ask the assistant of a municipality',
  description: 'With `Accept: text/event-stream` the reply is streamed: `delta` events with text, then one `reply` event with the object below.',
  request: {
    params: z.object({ tenant: tenantParam }),
    body: { content: { 'application/json': { schema: ChatRequestSchema } }, required: true },
  },
  responses: {
    200: {
      description: 'The reply',
      content: { 'application/json': { schema: ChatResponseSchema }, 'text/event-stream': { schema: z.string() } },
    },
    ...errorResponses(400, 404, 413, 429),
  },
});

/** Registers the chat route. */
export function chatRoutes(deps: AppDeps, limits: { client: RateLimiter; conversation: RateLimiter }) {
  const app = new OpenAPIHono();
  app.use(
    route.path.replace('{tenant}', ':tenant'),
    bodyLimit({
      maxSize: CHAT_BODY_LIMIT_BYTES,
      onError: () => {
        throw new PayloadTooLargeError(`request body over ${CHAT_BODY_LIMIT_BYTES} bytes`);
      },
    }),
  );
  return app.openapi(route, async (c) => {
    const { tenant } = c.req.valid('param');
    const body = c.req.valid('json');
    await limits.client.take(`${tenant}:${clientKey(c, deps.config)}`);
    if (body.conversationId) await limits.conversation.take(`${tenant}:${body.conversationId}`);
    const now = deps.config.allowClockOverride && body.now ? new Date(body.now) : (deps.config.now ?? new Date());
    const result = presentChatResult(
      await askAssistant({ db: deps.db, knowledge: deps.knowledge }, tenant, { message: body.message, conversationId: body.conversationId, now }),
    );
    if (!(c.req.header('accept') ?? '').includes('text/event-stream')) return c.json(result, 200);
    return streamSSE(c, async (stream) => {
      // The reply is computed whole in a millisecond; it is sent in word groups so a widget can
      // render progressively, the same way as when a generative model streams.
      const words = result.reply.text.split(/(?<=\s)/);
      for (let i = 0; i < words.length; i += 8) {
        await stream.writeSSE({ event: 'delta', data: JSON.stringify({ text: words.slice(i, i + 8).join('') }) });
      }
      await stream.writeSSE({ event: 'reply', data: JSON.stringify(result) });
    }) as unknown as ReturnType<typeof c.json<typeof result, 200>>;
  });
}

// A resident's own conversation: export it, delete it, poll it, rate replies, leave contact
// details after a handoff. The conversation id (122 random bits, known only to the resident's
// widget) is the key.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  conversationStartedAt, deleteConversation, getConversation, listMessages, messagesAfter, recordFeedback, saveContactRequest,
} from '../../conversations/index.js';
import { appendAudit, redactPersonalData } from '../../governance/index.js';
import { getTenant } from '../../tenants/index.js';
import type { AppDeps } from '../app-deps.js';
import { errorResponses } from '../error-envelope.js';
import { presentTranscript, TranscriptSchema } from '../presenters/transcript-presenter.js';
import { clientKey, type RateLimiter } from '../rate-limit.js';
import { cleanText, conversationParam, tenantParam } from '../params.js';

const params = z.object({ tenant: tenantParam, conversationId: conversationParam });
const path = '/api/v1/tenants/{tenant}/chat/{conversationId}';

const exportRoute = createRoute({
  method: 'get', path, tags: ['assistant'], summary: 'Export your own conversation', request: { params },
  responses: { 200: { description: 'The stored (redacted) conversation', content: { 'application/json': { schema: TranscriptSchema } } }, ...errorResponses(404, 429) },
});
const deleteRoute = createRoute({
  method: 'delete', path, tags: ['assistant'], summary: 'Delete your own conversation', request: { params },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(404, 429) },
});

const pollRoute = createRoute({
  method: 'get', path: `${path}/messages`, tags: ['assistant'], summary: 'New messages of your conversation (agent replies after a handoff)',
  request: { params, query: z.object({ after: z.coerce.number().int().min(0).max(1_000_000).default(0) }) },
  responses: {
    200: {
      description: 'The state and the messages after `after`',
      content: { 'application/json': { schema: z.object({ state: z.enum(['bot', 'waiting', 'with_agent', 'closed']), messages: z.array(z.object({ seq: z.number(), role: z.enum(['resident', 'bot', 'agent']), text: z.string(), at: z.string() })) }) } },
    },
    ...errorResponses(400, 404, 429),
  },
});
const feedbackRoute = createRoute({
  method: 'post', path: `${path}/feedback`, tags: ['assistant'], summary: 'Thumbs up or down on a reply, with an optional comment',
  request: {
    params,
    body: {
      content: { 'application/json': { schema: z.object({ messageSeq: z.number().int().min(1).nullable(), rating: z.enum(['up', 'down']), comment: cleanText(1, 1000).optional() }).strict() } },
      required: true,
    },
  },
  responses: { 201: { description: 'Thank you' }, ...errorResponses(400, 404, 429) },
});

// Contact details are given on purpose, to be called or mailed back: they are kept as given (no
// redaction), in their own table, never in the transcript, and go with the conversation.
const ContactSchema = z
  .object({
    name: cleanText(1, 200).optional(),
    email: z.string().trim().max(320).pipe(z.email('must be an e-mail address')).optional(),
    phone: z.string().trim().max(40).regex(/^(?=.*\d)[\d +./-]+$/, 'must be a phone number: digits, spaces, + . / -').optional(),
    consent: z.literal(true, 'consent must be given (true) to be contacted'),
  })
  .strict()
  .refine((body) => body.email !== undefined || body.phone !== undefined, { message: 'give an e-mail address or a phone number', path: ['email'] })
  .openapi('ContactRequest');
const contactRoute = createRoute({
  method: 'post', path: `${path}/contact`, tags: ['assistant'], summary: 'Leave contact details, with consent, to be called or mailed back after a handoff',
  request: { params, body: { content: { 'application/json': { schema: ContactSchema } }, required: true } },
  responses: { 201: { description: 'Stored; staff will contact you' }, ...errorResponses(400, 404, 409, 429) },
});

/** Registers the resident's own routes: export, poll, feedback, contact details, deletion. */
export function residentDataRoutes(deps: AppDeps, limits: { client: RateLimiter; poll: RateLimiter }) {
  const limiter = limits.client;
  const app = new OpenAPIHono();
  app.openapi(exportRoute, async (c) => {
    await limiter.take(`client:${clientKey(c, deps.config)}`);
    const { tenant, conversationId } = c.req.valid('param');
    await getTenant(deps.db, tenant);
    const conversation = await getConversation(deps.db, tenant, conversationId);
    const transcript = presentTranscript(conversation, await listMessages(deps.db, tenant, conversationId), await conversationStartedAt(deps.db, tenant, conversationId));
    c.header('Content-Disposition', `attachment; filename="conversation-${conversationId}.json"`);
    return c.json(transcript, 200);
  });
  app.openapi(pollRoute, async (c) => {
    // Widgets poll every few seconds after a handoff: a separate, looser budget than chat.
    await limits.poll.take(`poll:${clientKey(c, deps.config)}`);
    const { tenant, conversationId } = c.req.valid('param');
    await getTenant(deps.db, tenant);
    return c.json(await messagesAfter(deps.db, tenant, conversationId, c.req.valid('query').after), 200);
  });
  app.openapi(feedbackRoute, async (c) => {
    await limiter.take(`client:${clientKey(c, deps.config)}`);
    const { tenant, conversationId } = c.req.valid('param');
    await getTenant(deps.db, tenant);
    const body = c.req.valid('json');
    await recordFeedback(deps.db, tenant, conversationId, { messageSeq: body.messageSeq, rating: body.rating, comment: body.comment ? redactPersonalData(body.comment).text : null }, new Date());
    return c.body(null, 201);
  });
  app.openapi(contactRoute, async (c) => {
    await limiter.take(`client:${clientKey(c, deps.config)}`);
    const { tenant, conversationId } = c.req.valid('param');
    await getTenant(deps.db, tenant);
    const body = c.req.valid('json');
    const now = deps.config.now ?? new Date();
    await deps.db.transaction(async (tx) => {
      await saveContactRequest(tx, tenant, conversationId, { name: body.name ?? null, email: body.email ?? null, phone: body.phone ?? null }, now);
      // Which fields were given, never their values: the audit log is kept longer than the details.
      await appendAudit(tx, {
        at: now, actor: 'resident', tenantId: tenant, action: 'contact.leave', target: `conversation:${conversationId}`,
        details: { name: body.name !== undefined, email: body.email !== undefined, phone: body.phone !== undefined },
      });
    });
    return c.body(null, 201);
  });
  app.openapi(deleteRoute, async (c) => {
    await limiter.take(`client:${clientKey(c, deps.config)}`);
    const { tenant, conversationId } = c.req.valid('param');
    await getTenant(deps.db, tenant);
    await deps.db.transaction(async (tx) => {
      await deleteConversation(tx, tenant, conversationId);
      await appendAudit(tx, { actor: 'resident', tenantId: tenant, action: 'conversation.delete', target: `conversation:${conversationId}`, details: { by: 'resident' } });
    });
    return c.body(null, 204);
  });
  return app;
}

// The handoff inbox for agents: waiting conversations, their live changes as server-sent events,
// replying as agent, closing. Audited.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { appendAgentMessage, changeState, listConversations } from '../../conversations/index.js';
import { appendAudit, redactPersonalData } from '../../governance/index.js';
import { canHandleConversations, getTenant } from '../../tenants/index.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor, type AuthVariables } from '../auth/authenticate.js';
import { authorizeTenant } from '../auth/authorize.js';
import { streamConversationEvents } from '../conversation-event-stream.js';
import { errorResponses } from '../error-envelope.js';
import { cleanText, conversationParam, tenantParam } from '../params.js';

const STATES = ['bot', 'waiting', 'with_agent', 'closed'] as const;
const InboxItemSchema = z
  .object({ id: z.string(), state: z.enum(STATES), updatedAt: z.string(), lastResidentMessage: z.string().nullable(), contactLeft: z.boolean() })
  .openapi('InboxItem');

const listRoute = createRoute({
  method: 'get', path: '/api/v1/tenants/{tenant}/conversations', tags: ['staff'], summary: 'The inbox: conversations by state, longest waiting first', security: [{ bearer: [] }],
  request: {
    params: z.object({ tenant: tenantParam }),
    query: z.object({ state: z.string().regex(/^(bot|waiting|with_agent|closed)(,(bot|waiting|with_agent|closed))*$/, 'comma-separated states').default('waiting,with_agent') }),
  },
  responses: { 200: { description: 'Conversations', content: { 'application/json': { schema: z.array(InboxItemSchema) } } }, ...errorResponses(400, 401, 403, 404) },
});
const eventsRoute = createRoute({
  method: 'get', path: '/api/v1/tenants/{tenant}/conversation-events', tags: ['staff'], summary: 'The inbox live: conversation changes from every node as server-sent events', security: [{ bearer: [] }],
  request: { params: z.object({ tenant: tenantParam }) },
  responses: {
    200: {
      description: 'A `ready` event once listening, then a `conversation` event `{"id", "state"}` per change (a handoff, a resident\'s or agent\'s message, contact details, closing, deletion; state `deleted` when gone); a comment line every 25 s; the stream ends after 10 minutes and the client reconnects',
      content: { 'text/event-stream': { schema: z.string() } },
    },
    ...errorResponses(401, 403, 404),
  },
});
const replyRoute = createRoute({
  method: 'post', path: '/api/v1/tenants/{tenant}/conversations/{conversationId}/messages', tags: ['staff'], summary: 'Reply as agent (takes the conversation over)', security: [{ bearer: [] }],
  request: {
    params: z.object({ tenant: tenantParam, conversationId: conversationParam }),
    body: { content: { 'application/json': { schema: z.object({ text: cleanText(1, 4000) }).strict() } }, required: true },
  },
  responses: { 201: { description: 'Sent' }, ...errorResponses(400, 401, 403, 404, 409) },
});
const closeRoute = createRoute({
  method: 'post', path: '/api/v1/tenants/{tenant}/conversations/{conversationId}/close', tags: ['staff'], summary: 'Close a conversation', security: [{ bearer: [] }],
  request: { params: z.object({ tenant: tenantParam, conversationId: conversationParam }) },
  responses: { 204: { description: 'Closed' }, ...errorResponses(401, 403, 404, 409) },
});

/** Registers the inbox routes. */
export function handoffRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<{ Variables: AuthVariables }>();
  app.openapi(listRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant } = c.req.valid('param');
    authorizeTenant(actor, tenant, canHandleConversations, 'handle conversations');
    await getTenant(deps.db, tenant);
    const states = c.req.valid('query').state.split(',') as Array<(typeof STATES)[number]>;
    return c.json(await listConversations(deps.db, tenant, states), 200);
  });
  app.openapi(eventsRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant } = c.req.valid('param');
    authorizeTenant(actor, tenant, canHandleConversations, 'handle conversations');
    await getTenant(deps.db, tenant);
    return (await streamConversationEvents(c, deps.conversationFeed, tenant)) as unknown as ReturnType<typeof c.json<string, 200>>;
  });
  app.openapi(replyRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant, conversationId } = c.req.valid('param');
    authorizeTenant(actor, tenant, canHandleConversations, 'reply to conversations');
    await getTenant(deps.db, tenant);
    const now = new Date();
    await deps.db.transaction(async (tx) => {
      // Staff may paste personal data too; transcripts never keep it.
      await appendAgentMessage(tx, tenant, conversationId, redactPersonalData(c.req.valid('json').text).text, actor.id, now);
      await appendAudit(tx, { at: now, actor: actor.id, tenantId: tenant, action: 'conversation.reply', target: `conversation:${conversationId}` });
    });
    return c.body(null, 201);
  });
  app.openapi(closeRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant, conversationId } = c.req.valid('param');
    authorizeTenant(actor, tenant, canHandleConversations, 'close conversations');
    await getTenant(deps.db, tenant);
    const now = new Date();
    await deps.db.transaction(async (tx) => {
      await changeState(tx, tenant, conversationId, 'closed', actor.id, now);
      await appendAudit(tx, { at: now, actor: actor.id, tenantId: tenant, action: 'conversation.close', target: `conversation:${conversationId}` });
    });
    return c.body(null, 204);
  });
  return app;
}

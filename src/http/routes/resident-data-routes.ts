// A resident's own conversation: export it or delete it, on the resident's request. The
// conversation id (122 random bits, known only to the resident's widget) is the key.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { conversationStartedAt, deleteConversation, getConversation, listMessages } from '../../conversations/index.js';
import { appendAudit } from '../../governance/index.js';
import { getTenant } from '../../tenants/index.js';
import type { AppDeps } from '../app-deps.js';
import { errorResponses } from '../error-envelope.js';
import { presentTranscript, TranscriptSchema } from '../presenters/transcript-presenter.js';
import { clientKey, type RateLimiter } from '../rate-limit.js';
import { conversationParam, tenantParam } from '../params.js';

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

/** Registers the resident's export and deletion routes. */
export function residentDataRoutes(deps: AppDeps, limiter: RateLimiter) {
  const app = new OpenAPIHono();
  app.openapi(exportRoute, async (c) => {
    limiter.take(`client:${clientKey(c, deps.config)}`);
    const { tenant, conversationId } = c.req.valid('param');
    await getTenant(deps.db, tenant);
    const conversation = await getConversation(deps.db, tenant, conversationId);
    const transcript = presentTranscript(conversation, await listMessages(deps.db, tenant, conversationId), await conversationStartedAt(deps.db, tenant, conversationId));
    c.header('Content-Disposition', `attachment; filename="conversation-${conversationId}.json"`);
    return c.json(transcript, 200);
  });
  app.openapi(deleteRoute, async (c) => {
    limiter.take(`client:${clientKey(c, deps.config)}`);
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

// Staff access to stored conversations: read the (redacted) transcript, export or delete it on a
// resident's request. Every access is audited.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { conversationStartedAt, deleteConversation, getConversation, listMessages } from '../../conversations/index.js';
import { appendAudit } from '../../governance/index.js';
import { canEraseConversation, canReadTranscript, getTenant } from '../../tenants/index.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor, type AuthVariables } from '../auth/authenticate.js';
import { authorizeTenant } from '../auth/authorize.js';
import { errorResponses } from '../error-envelope.js';
import { presentTranscript, TranscriptSchema } from '../presenters/transcript-presenter.js';
import { conversationParam, tenantParam } from '../params.js';

const params = z.object({ tenant: tenantParam, conversationId: conversationParam });
const base = '/api/v1/tenants/{tenant}/conversations/{conversationId}';

const readRoute = createRoute({
  method: 'get', path: base, tags: ['staff'], summary: 'The stored (redacted) transcript', security: [{ bearer: [] }],
  request: { params },
  responses: { 200: { description: 'Transcript', content: { 'application/json': { schema: TranscriptSchema } } }, ...errorResponses(401, 403, 404) },
});
const exportRoute = createRoute({
  method: 'get', path: `${base}/export`, tags: ['staff'], summary: 'Export a conversation for the resident', security: [{ bearer: [] }],
  request: { params },
  responses: { 200: { description: 'Export', content: { 'application/json': { schema: TranscriptSchema } } }, ...errorResponses(401, 403, 404) },
});
const deleteRoute = createRoute({
  method: 'delete', path: base, tags: ['staff'], summary: 'Delete a conversation on the resident\'s request', security: [{ bearer: [] }],
  request: { params },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404) },
});

/** Registers the transcript routes. */
export function transcriptRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<{ Variables: AuthVariables }>();
  const load = async (tenant: string, conversationId: string) => {
    const conversation = await getConversation(deps.db, tenant, conversationId);
    return presentTranscript(conversation, await listMessages(deps.db, tenant, conversationId), await conversationStartedAt(deps.db, tenant, conversationId));
  };
  app.openapi(readRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant, conversationId } = c.req.valid('param');
    authorizeTenant(actor, tenant, canReadTranscript, 'read transcripts');
    await getTenant(deps.db, tenant);
    const transcript = await load(tenant, conversationId);
    await deps.db.transaction((tx) => appendAudit(tx, { actor: actor.id, tenantId: tenant, action: 'conversation.read', target: `conversation:${conversationId}` }));
    return c.json(transcript, 200);
  });
  app.openapi(exportRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant, conversationId } = c.req.valid('param');
    authorizeTenant(actor, tenant, canEraseConversation, 'export conversations');
    await getTenant(deps.db, tenant);
    const transcript = await load(tenant, conversationId);
    await deps.db.transaction((tx) => appendAudit(tx, { actor: actor.id, tenantId: tenant, action: 'conversation.export', target: `conversation:${conversationId}` }));
    c.header('Content-Disposition', `attachment; filename="conversation-${conversationId}.json"`);
    return c.json(transcript, 200);
  });
  app.openapi(deleteRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { tenant, conversationId } = c.req.valid('param');
    authorizeTenant(actor, tenant, canEraseConversation, 'delete conversations');
    await getTenant(deps.db, tenant);
    await deps.db.transaction(async (tx) => {
      await deleteConversation(tx, tenant, conversationId);
      await appendAudit(tx, { actor: actor.id, tenantId: tenant, action: 'conversation.delete', target: `conversation:${conversationId}` });
    });
    return c.body(null, 204);
  });
  return app;
}

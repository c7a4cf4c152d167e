// Test helper: JSON requests to the in-process app, and a resident's chat turn.
import type { LoketApp } from '../index.js';

/** A chat response as the tests read it. */
export interface ChatResult {
  conversationId: string;
  reply: { type: string; text: string; sources: Array<{ id: string }> };
}

/** POST `body` as JSON to `path`, with a bearer token when given. */
export async function postJson(app: LoketApp, path: string, body: unknown, token?: string): Promise<Response> {
  return app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

/** One resident message to `tenant`'s assistant, in a new conversation or `conversationId`'s. */
export async function chatTurn(app: LoketApp, tenant: string, message: string, conversationId?: string): Promise<ChatResult> {
  const res = await postJson(app, `/api/v1/tenants/${tenant}/chat`, { message, ...(conversationId ? { conversationId } : {}) });
  return (await res.json()) as ChatResult;
}

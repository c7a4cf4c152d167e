// Talks to the widget's own Loket server only: chat (streamed, with JSON fallback), feedback, messages,
// contact details, the widget's branding.
import type { Language } from './dictionary.js';
import { createSseParser } from './sse-parser.js';
import type { ContactInput } from './contact-view.js';
import { deltaText, toChatResponse, toPollResponse, toWidgetConfig, type ChatResponse, type PollResponse, type WidgetConfig } from './wire-types.js';

/** A request the server refused or that could not be read; `status` is 0 for network failures. */
export class ChatApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface ChatApi {
  /** Sends one message; `onDelta` receives streamed text as it arrives. Throws ChatApiError. */
  send(message: string, conversationId: string | null, language: Language, onDelta: (text: string) => void): Promise<ChatResponse>;
  /** Sends a rating; resolves to whether the server accepted it (feedback is never worth an error). */
  feedback(conversationId: string, body: { messageSeq: number | null; rating: 'up' | 'down'; comment?: string }): Promise<boolean>;
  /** The conversation's state and its messages after `after`. Throws ChatApiError (404 when it is gone). */
  messages(conversationId: string, after: number): Promise<PollResponse>;
  /** Leaves contact details after a handoff; resolves to whether the server took them. */
  contact(conversationId: string, body: ContactInput): Promise<boolean>;
  /** The municipality's branding, or undefined when it could not be read (the widget keeps its defaults). */
  config(): Promise<WidgetConfig | undefined>;
}

/** The API of `tenant` on the Loket server at `origin` (where the widget script came from). */
export function createChatApi(origin: string, tenant: string): ChatApi {
  const base = `${origin}/api/v1/tenants/${encodeURIComponent(tenant)}`;
  const post = (url: string, body: unknown, accept: string) =>
    fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: accept }, body: JSON.stringify(body) });

  return {
    async send(message, conversationId, language, onDelta) {
      const body = { message, language, ...(conversationId ? { conversationId } : {}) };
      let streamed: Response | undefined;
      try {
        streamed = await post(`${base}/chat`, body, 'text/event-stream');
      } catch {
        // The streaming request failed before an answer: plain JSON below is the fallback.
      }
      if (streamed) {
        if (!streamed.ok) throw await toError(streamed);
        const type = streamed.headers.get('content-type') ?? '';
        if (!type.includes('text/event-stream')) return readChat(await streamed.json().catch(() => null));
        const reply = await readStream(streamed, onDelta).catch(() => undefined);
        if (reply) return reply;
      }
      // Streaming broke (a proxy buffering or cutting SSE, an old browser): ask once more as JSON.
      const plain = await post(`${base}/chat`, body, 'application/json').catch(() => {
        throw new ChatApiError(0, 'network error');
      });
      if (!plain.ok) throw await toError(plain);
      return readChat(await plain.json().catch(() => null));
    },

    async feedback(conversationId, body) {
      try {
        const res = await post(`${base}/chat/${encodeURIComponent(conversationId)}/feedback`, body, 'application/json');
        return res.ok;
      } catch {
        return false;
      }
    },

    async messages(conversationId, after) {
      const url = `${base}/chat/${encodeURIComponent(conversationId)}/messages?after=${after}`;
      const res = await fetch(url, { headers: { Accept: 'application/json' } }).catch(() => {
        throw new ChatApiError(0, 'network error');
      });
      if (!res.ok) throw await toError(res);
      const parsed = toPollResponse(await res.json().catch(() => null));
      if (!parsed) throw new ChatApiError(res.status, 'unexpected messages response');
      return parsed;
    },

    async contact(conversationId, body) {
      try {
        return (await post(`${base}/chat/${encodeURIComponent(conversationId)}/contact`, body, 'application/json')).ok;
      } catch {
        return false;
      }
    },

    async config() {
      try {
        const res = await fetch(`${base}/widget-config`, { headers: { Accept: 'application/json' } });
        return res.ok ? toWidgetConfig(await res.json()) : undefined;
      } catch {
        // Branding is decoration: without it the widget works with its defaults.
        return undefined;
      }
    },
  };
}

function readChat(value: unknown): ChatResponse {
  const parsed = toChatResponse(value);
  if (!parsed) throw new ChatApiError(200, 'unexpected chat response');
  return parsed;
}

async function readStream(res: Response, onDelta: (text: string) => void): Promise<ChatResponse | undefined> {
  if (!res.body) return readSseText(await res.text(), onDelta);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const feed = createSseParser();
  for (;;) {
    const { done, value } = await reader.read();
    const events = feed(done ? decoder.decode() + '\n\n' : decoder.decode(value, { stream: true }));
    for (const event of events) {
      if (event.event === 'delta') onDelta(deltaText(event.data));
      else if (event.event === 'reply') return toChatResponse(JSON.parse(event.data));
    }
    if (done) return undefined;
  }
}

function readSseText(text: string, onDelta: (text: string) => void): ChatResponse | undefined {
  for (const event of createSseParser()(`${text}\n\n`)) {
    if (event.event === 'delta') onDelta(deltaText(event.data));
    else if (event.event === 'reply') return toChatResponse(JSON.parse(event.data));
  }
  return undefined;
}

async function toError(res: Response): Promise<ChatApiError> {
  const body: unknown = await res.json().catch(() => null);
  const code =
    typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'object' && body.error !== null && 'code' in body.error
      ? String(body.error.code)
      : `http_${res.status}`;
  return new ChatApiError(res.status, code);
}

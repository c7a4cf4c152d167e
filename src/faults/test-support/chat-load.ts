// Test helper: residents chatting with a running server, each remembering what it sent and what came back.
/** One chat request and how it ended. */
export interface ChatOutcome {
  client: number;
  /** The text sent; it carries a unique marker (`#<run><client>-m<n>`) that redaction leaves alone. */
  text: string;
  /** HTTP status, or 'timeout' (no answer within the request timeout) or 'network' (connection refused or reset). */
  status: number | 'timeout' | 'network';
  /** The error envelope's code for a non-200 JSON answer. */
  code: string | undefined;
  conversationId: string | undefined;
  /** Date.now() when sent and when the answer (or the failure) came. */
  startedAt: number;
  endedAt: number;
}

/** A running load; `stop` lets every client finish its request and returns all outcomes. */
export interface ChatLoad {
  readonly outcomes: readonly ChatOutcome[];
  stop(): Promise<ChatOutcome[]>;
}

export interface ChatLoadOptions {
  url: string;
  tenant: string;
  clients: number;
  requestTimeoutMs: number;
  /** Pause between one client's requests (default 0). */
  pauseMs?: number;
  /** Makes this load's markers differ from another load's on the same database (default 'a'). */
  run?: string;
}

/** The marker of one message, as stored in conversation_messages.text. */
export const chatMarker = (run: string, client: number, seq: number) => `#${run}${client}-m${seq}`;

/**
 * Starts `clients` residents that each post messages one after another, continuing their own
 * conversation once a first message was answered.
 */
export function startChatLoad(options: ChatLoadOptions): ChatLoad {
  const outcomes: ChatOutcome[] = [];
  let stopped = false;
  const resident = async (client: number) => {
    let conversationId: string | undefined;
    for (let seq = 1; !stopped; seq += 1) {
      const text = `Wanneer is het containerpark open? ${chatMarker(options.run ?? 'a', client, seq)}`;
      const startedAt = Date.now();
      let status: ChatOutcome['status'];
      let code: string | undefined;
      try {
        const response = await fetch(`${options.url}/api/v1/tenants/${options.tenant}/chat`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ message: text, ...(conversationId ? { conversationId } : {}) }),
          signal: AbortSignal.timeout(options.requestTimeoutMs),
        });
        status = response.status;
        const body = (await response.json().catch(() => undefined)) as { conversationId?: string; error?: { code?: string } } | undefined;
        if (status === 200 && body?.conversationId) conversationId = body.conversationId;
        code = body?.error?.code;
      } catch (error) {
        status = (error as Error).name === 'TimeoutError' ? 'timeout' : 'network';
      }
      outcomes.push({ client, text, status, code, conversationId, startedAt, endedAt: Date.now() });
      if (status === 'network') await new Promise((resolve) => setTimeout(resolve, 50));
      else if (options.pauseMs) await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
    }
  };
  const running = Promise.all(Array.from({ length: options.clients }, (_, i) => resident(i + 1)));
  return {
    outcomes,
    async stop() {
      stopped = true;
      await running;
      return outcomes;
    },
  };
}

/** A one-line summary for CI logs: counts per status and code. */
export function summarizeOutcomes(outcomes: readonly ChatOutcome[]): string {
  const counts = new Map<string, number>();
  for (const o of outcomes) {
    const key = o.status === 200 ? '200' : `${o.status}${o.code ? ` ${o.code}` : ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `${key}: ${n}`).join(', ');
}

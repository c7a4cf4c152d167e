// Closed-loop conversation load with autocannon: every connection is one resident holding a
// conversation of a few turns (the first request opens it, the next ones continue it with the
// returned conversationId), then starting the next; questions are the development questions of
// the conversation's municipality, tenants and questions drawn with a fixed seed.
import autocannon from 'autocannon';
import { devCases } from './dev-cases.js';

/** A deterministic pseudo-random generator (mulberry32), so runs draw the same questions. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every turn text of the development questions, per demo municipality. */
export function questionsByTenant(): Map<string, string[]> {
  const byTenant = new Map<string, string[]>();
  for (const c of devCases()) {
    const list = byTenant.get(c.tenant) ?? [];
    list.push(...c.turns);
    byTenant.set(c.tenant, list);
  }
  return byTenant;
}

/** The part of a chat reply the benchmarks look at. */
export interface ChatAnswer {
  conversationId: string;
  reply: { type: string; sources: { id: string }[] };
}

/** Posts one chat message to the node at `url`; throws unless it answers 200. */
export async function askOnce(url: string, tenant: string, message: string): Promise<ChatAnswer> {
  const res = await fetch(`${url}/api/v1/tenants/${tenant}/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ message }),
  });
  if (res.status !== 200) throw new Error(`${tenant}: chat answered ${res.status} ${await res.text()}`);
  return (await res.json()) as ChatAnswer;
}

export interface ConversationLoad {
  /** Base URLs of the nodes; connection i goes to urls[i % urls.length] (round robin, no proxy). */
  urls: readonly string[];
  /** The tenants a conversation is drawn from, with the questions each may ask. */
  tenants: readonly { id: string; questions: readonly string[] }[];
  connections: number;
  /** Seconds of load. */
  duration: number;
  /** Turns per conversation (default 4). */
  turns?: number;
  /** Seconds without a response before autocannon counts a timeout (default 10). */
  timeout?: number;
  seed?: number;
}

/** What one load run measured. */
export interface LoadResult {
  result: autocannon.Result;
  /** Conversations opened (2xx on the first turn). */
  conversations: number;
  /** Turns that continued a conversation and got 2xx. */
  continued: number;
}

interface Context {
  tenant?: string;
  questions?: readonly string[];
  client?: string;
  conversationId?: string;
}

/**
 * Runs the load and resolves with autocannon's result. Each conversation comes from its own
 * X-Forwarded-For address (a resident behind the proxy), so the server must run with
 * LOKET_TRUST_PROXY=1 for per-client limits to see residents rather than the load generator.
 */
export async function runConversationLoad(load: ConversationLoad): Promise<LoadResult> {
  const random = seededRandom(load.seed ?? 8);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const turns = load.turns ?? 4;
  let conversations = 0;
  let continued = 0;
  const request = (first: boolean): autocannon.Request => ({
    method: 'POST',
    setupRequest: (req, raw) => {
      const context = raw as Context;
      if (first || !context.tenant) {
        const tenant = pick(load.tenants);
        context.tenant = tenant.id;
        context.questions = tenant.questions;
        context.client = `10.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}.${Math.floor(random() * 254) + 1}`;
        delete context.conversationId;
      }
      return {
        ...req,
        path: `/api/v1/tenants/${context.tenant}/chat`,
        headers: { ...req.headers, 'content-type': 'application/json', 'x-forwarded-for': context.client! },
        body: JSON.stringify({ message: pick(context.questions!), ...(context.conversationId ? { conversationId: context.conversationId } : {}) }),
      };
    },
    onResponse: (status, body, raw) => {
      if (status < 200 || status > 299) return;
      const context = raw as Context;
      if (context.conversationId) continued += 1;
      else conversations += 1;
      try {
        context.conversationId = (JSON.parse(body) as { conversationId?: string }).conversationId;
      } catch {
        delete context.conversationId;
      }
    },
  });
  const result = await autocannon({
    // autocannon accepts several targets and spreads the connections over them in turn.
    url: load.urls as unknown as string,
    connections: load.connections,
    duration: load.duration,
    timeout: load.timeout ?? 10,
    requests: [request(true), ...Array.from({ length: turns - 1 }, () => request(false))],
  });
  return { result, conversations, continued };
}

// The server's chat, poll, feedback and widget-config shapes (CONTRACT.md), checked on arrival: past here nothing is `unknown`.

/** One source of a reply; `url` may be null or anything, it is checked before becoming a link. */
export interface Source {
  id: string;
  title: string;
  url: string | null;
}

export interface Reply {
  type: 'answer' | 'clarify' | 'fallback' | 'handoff';
  text: string;
  sources: Source[];
  confidence: number;
  suggestions: string[];
}

export interface ChatResponse {
  conversationId: string;
  reply: Reply;
}

export type ConversationState = 'bot' | 'waiting' | 'with_agent' | 'closed';
export type Role = 'resident' | 'bot' | 'agent';

export interface PolledMessage {
  seq: number;
  role: Role;
  text: string;
  at: string;
}

export interface PollResponse {
  state: ConversationState;
  messages: PolledMessage[];
}

/** The municipality's branding; every part may be missing (null), the widget then keeps its defaults. */
export interface WidgetConfig {
  name: string | null;
  color: string | null;
  logoUrl: string | null;
  aboutUrl: string | null;
}

const REPLY_TYPES = ['answer', 'clarify', 'fallback', 'handoff'] as const;
const STATES = ['bot', 'waiting', 'with_agent', 'closed'] as const;
const ROLES = ['resident', 'bot', 'agent'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The chat response in `value`, or undefined when it does not have the contract's shape. */
export function toChatResponse(value: unknown): ChatResponse | undefined {
  if (!isRecord(value) || typeof value.conversationId !== 'string' || !isRecord(value.reply)) return undefined;
  const reply = value.reply;
  const type = oneOf(reply.type, REPLY_TYPES);
  if (!type || typeof reply.text !== 'string') return undefined;
  const sources = (Array.isArray(reply.sources) ? reply.sources : []).filter(isRecord).map((s) => ({
    id: str(s.id),
    title: str(s.title) || str(s.id),
    url: typeof s.url === 'string' ? s.url : null,
  }));
  const suggestions = (Array.isArray(reply.suggestions) ? reply.suggestions : []).filter(
    (s): s is string => typeof s === 'string' && s.trim() !== '',
  );
  const confidence = typeof reply.confidence === 'number' ? reply.confidence : 0;
  return { conversationId: value.conversationId, reply: { type, text: reply.text, sources, confidence, suggestions } };
}

/** The poll response in `value`, or undefined when it does not have the contract's shape. */
export function toPollResponse(value: unknown): PollResponse | undefined {
  if (!isRecord(value)) return undefined;
  const state = oneOf(value.state, STATES);
  if (!state || !Array.isArray(value.messages)) return undefined;
  const messages: PolledMessage[] = [];
  for (const m of value.messages) {
    if (!isRecord(m) || typeof m.seq !== 'number' || typeof m.text !== 'string') continue;
    const role = oneOf(m.role, ROLES);
    if (role) messages.push({ seq: m.seq, role, text: m.text, at: str(m.at) });
  }
  return { state, messages };
}

/** The widget config in `value`; anything not a non-empty string becomes null. */
export function toWidgetConfig(value: unknown): WidgetConfig | undefined {
  if (!isRecord(value)) return undefined;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
  return { name: text(value.name), color: text(value.color), logoUrl: text(value.logoUrl), aboutUrl: text(value.aboutUrl) };
}

/** The `text` of a `delta` event's data, or '' when it has none. */
export function deltaText(data: string): string {
  try {
    const value: unknown = JSON.parse(data);
    return isRecord(value) && typeof value.text === 'string' ? value.text : '';
  } catch {
    // A malformed delta only costs the progressive preview; the final reply event is authoritative.
    return '';
  }
}

// The reply the assistant gives for one turn (CONTRACT.md): type, text, sources, confidence.

export type ReplyType = 'answer' | 'clarify' | 'fallback' | 'handoff';

/** Where an answer comes from: a product (concept id), "location:<id>" or "waste:<zone>". */
export interface ReplySource {
  id: string;
  title: string;
  url: string | null;
}

/** One reply; `text` is plain text with light Markdown. */
export interface Reply {
  type: ReplyType;
  text: string;
  sources: ReplySource[];
  confidence: number;
  suggestions?: string[];
}

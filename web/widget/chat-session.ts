// One resident's conversation in the widget: sending, streaming into the log, handoff polling, feedback.
import { ChatApiError, type ChatApi } from './chat-api.js';
import { loadConversationId, saveConversationId } from './conversation-store.js';
import type { Language, Texts } from './dictionary.js';
import { createContactForm } from './contact-view.js';
import { createFeedback } from './feedback-view.js';
import { createMessage, createNotice, createSources, createSuggestions } from './message-view.js';
import { createPoller, type Poller } from './poller.js';
import type { ConversationState, PolledMessage, Reply } from './wire-types.js';

/** How often the widget asks for agent messages while a person handles the conversation. */
export const POLL_INTERVAL_MS = 3000;

/** The parts of the panel the session writes to. */
export interface SessionView {
  log: HTMLOListElement;
  scroll: HTMLElement;
  status: HTMLElement;
  setBusy(busy: boolean): void;
  focusInput(): void;
}

interface BotEntry {
  text: string;
  seq: number | null;
}

/** The conversation of one widget; the id survives reloads of the tab (sessionStorage). */
export class ChatSession {
  private conversationId: string | null;
  private lastSeq = 0;
  private state: ConversationState = 'bot';
  private busy = false;
  private resumed = false;
  private contactOffered = false;
  private readonly bots: BotEntry[] = [];
  private readonly poller: Poller;
  private readonly doc: Document;

  constructor(
    private readonly tenant: string,
    private readonly language: Language,
    private readonly texts: Texts,
    private readonly api: ChatApi,
    private readonly view: SessionView,
  ) {
    this.doc = view.log.ownerDocument;
    this.conversationId = loadConversationId(tenant);
    this.poller = createPoller(POLL_INTERVAL_MS, () =>
      this.poll(false).catch((error: unknown) => {
        // Gone (retention) or not served: asking again every 3 s would not change that.
        if (error instanceof ChatApiError && error.status === 404) return false;
        throw error;
      }),
    );
  }

  /** Shows a conversation kept from before a reload, once; continues polling when it waits for a person. */
  async resume(): Promise<void> {
    if (this.resumed || !this.conversationId) return;
    this.resumed = true;
    const again = await this.poll(true).catch((error: unknown) => {
      if (error instanceof ChatApiError && error.status === 404) this.forget();
      return false;
    });
    if (again) this.poller.start();
  }

  /** Sends `text` as the resident's message and shows the reply as it streams in. */
  async ask(raw: string): Promise<void> {
    const text = raw.trim().slice(0, 2000);
    if (!text || this.busy) return;
    this.resumed = true;
    this.setBusy(true);
    this.append(createMessage(this.doc, this.texts, 'resident', text).item);
    const bot = createMessage(this.doc, this.texts, 'bot', '');
    let streamed = '';
    try {
      const result = await this.sendKeepingConversation(text, (delta) => {
        if (!streamed) this.append(bot.item);
        streamed += delta;
        bot.setText(streamed);
        this.scrollToEnd();
      });
      this.conversationId = result.conversationId;
      saveConversationId(this.tenant, result.conversationId);
      if (!bot.item.isConnected) this.append(bot.item);
      this.finishReply(bot.item, bot.setText, result.reply);
    } catch {
      bot.item.remove();
      this.append(createNotice(this.doc, this.texts.error));
    } finally {
      this.setBusy(false);
    }
  }

  /** Stops polling (the element left the page). */
  stop(): void {
    this.poller.stop();
  }

  private async sendKeepingConversation(text: string, onDelta: (text: string) => void) {
    try {
      return await this.api.send(text, this.conversationId, this.language, onDelta);
    } catch (error) {
      // A conversation past its retention period is gone on the server: start a new one.
      if (!(error instanceof ChatApiError && error.message === 'unknown_conversation' && this.conversationId)) throw error;
      this.forget();
      return this.api.send(text, null, this.language, onDelta);
    }
  }

  private finishReply(item: HTMLLIElement, setText: (text: string, sources: Reply['sources']) => void, reply: Reply): void {
    setText(reply.text, reply.sources);
    const entry: BotEntry = { text: reply.text, seq: null };
    this.bots.push(entry);
    const sources = createSources(this.doc, this.texts, reply.sources);
    if (sources) item.append(sources);
    const suggestions = createSuggestions(this.doc, this.texts, reply.suggestions, (picked) => {
      this.view.focusInput();
      void this.ask(picked);
    });
    if (suggestions) item.append(suggestions);
    const conversationId = this.conversationId;
    if (conversationId && reply.type !== 'handoff') {
      item.append(
        createFeedback(this.doc, this.texts, async (input) =>
          this.api.feedback(conversationId, { messageSeq: await this.seqOf(entry), ...input }),
        ),
      );
    }
    // A person will follow up (now, or from the next opening): the resident may rather be called
    // or mailed back. Offered once per handoff, also within opening hours, when a queue can be long.
    if (conversationId && reply.type === 'handoff' && !this.contactOffered) {
      this.contactOffered = true;
      item.append(createContactForm(this.doc, this.texts, (input) => this.api.contact(conversationId, input)));
    }
    this.scrollToEnd();
    if (reply.type === 'handoff') {
      this.setState('waiting');
      this.poller.start();
    }
  }

  /** The stored sequence number of a bot reply, looked up in the transcript when not known yet. */
  private async seqOf(entry: BotEntry): Promise<number | null> {
    if (entry.seq !== null || !this.conversationId) return entry.seq;
    try {
      const { messages } = await this.api.messages(this.conversationId, 0);
      this.matchBots(messages);
    } catch {
      // Feedback without a message number still counts for the conversation.
    }
    return entry.seq;
  }

  private matchBots(messages: readonly PolledMessage[]): void {
    const unmatched = this.bots.filter((b) => b.seq === null);
    for (const message of messages) {
      if (message.role !== 'bot') continue;
      const entry = unmatched.find((b) => b.seq === null && b.text.trim() === message.text.trim());
      if (entry) entry.seq = message.seq;
    }
  }

  /** One poll; `all` shows every message (after a reload), otherwise only the agent's. Resolves to "poll again". */
  private async poll(all: boolean): Promise<boolean> {
    if (!this.conversationId) return false;
    const { state, messages } = await this.api.messages(this.conversationId, all ? 0 : this.lastSeq);
    this.matchBots(messages);
    for (const message of messages) {
      this.lastSeq = Math.max(this.lastSeq, message.seq);
      if (all || message.role === 'agent') this.append(createMessage(this.doc, this.texts, message.role, message.text).item);
    }
    if (state !== this.state) this.setState(state);
    this.scrollToEnd();
    return state === 'waiting' || state === 'with_agent';
  }

  private setState(state: ConversationState): void {
    this.state = state;
    if (state === 'closed') this.contactOffered = false;
    const notice = { bot: '', waiting: this.texts.waiting, with_agent: this.texts.withAgent, closed: this.texts.closed }[state];
    if (notice) this.append(createNotice(this.doc, notice));
  }

  private forget(): void {
    this.conversationId = null;
    this.lastSeq = 0;
    saveConversationId(this.tenant, null);
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.view.setBusy(busy);
    // While busy, screen readers hold back the streamed words and read the finished reply once.
    this.view.log.setAttribute('aria-busy', String(busy));
    this.view.status.textContent = busy ? this.texts.typing : '';
  }

  private append(item: HTMLLIElement): void {
    this.view.log.append(item);
    this.scrollToEnd();
  }

  private scrollToEnd(): void {
    this.view.scroll.scrollTop = this.view.scroll.scrollHeight;
  }
}

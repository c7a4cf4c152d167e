// The <loket-chat> custom element: attributes in, a launcher and a chat panel in its shadow root.
import { mergeBranding, needsConfig, type Branding } from './branding.js';
import { createChatApi } from './chat-api.js';
import { ChatSession } from './chat-session.js';
import { parseAccent } from './colors.js';
import { DICTIONARY, pickLanguage } from './dictionary.js';
import { buildPanel, type PanelView } from './panel-view.js';
import { applyStyles, widgetCss } from './widget-styles.js';

const TENANT_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** A logo URL that may be loaded: same-origin paths or absolute http(s) URLs. */
function logoUrl(value: string | null, origin: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, origin);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    // An unusable logo attribute only costs the logo.
    return null;
  }
}

/**
 * The element class, bound to the Loket server at `origin` (where the script was loaded from).
 * Attributes, read once when the element is first connected: `tenant` (required), `lang`,
 * `name` (municipality name for the title), `color` (#rgb or #rrggbb), `logo` (image URL). When
 * `color` or `logo` is missing, the municipality's settings fill the gaps once they arrive.
 */
export function createLoketChatElement(origin: string): CustomElementConstructor {
  return class LoketChat extends HTMLElement {
    private view: PanelView | undefined;
    private session: ChatSession | undefined;

    connectedCallback(): void {
      if (!this.view) this.render();
    }

    disconnectedCallback(): void {
      this.session?.stop();
    }

    private render(): void {
      const tenant = this.getAttribute('tenant') ?? '';
      // Without a valid municipality there is nothing to ask; the element stays empty.
      if (!TENANT_ID.test(tenant)) return;
      const language = pickLanguage(this.getAttribute('lang'), this.ownerDocument.documentElement.lang);
      const texts = DICTIONARY[language];
      const attribute = (key: string) => this.getAttribute(key)?.trim() || null;
      const attributes: Branding = { name: attribute('name'), color: attribute('color'), logo: attribute('logo') };
      const title = (name: string | null) => (name ? `${texts.title} · ${name}` : texts.title);
      const root = this.attachShadow({ mode: 'open' });
      applyStyles(root, widgetCss(parseAccent(attributes.color)));
      const view = buildPanel(root, {
        texts,
        language,
        title: title(attributes.name),
        aboutUrl: `${origin}/t/${tenant}/over-deze-assistent`,
        logoUrl: logoUrl(attributes.logo, origin),
      });
      this.view = view;
      const api = createChatApi(origin, tenant);
      if (needsConfig(attributes)) {
        void api.config().then((config) => {
          if (!config) return;
          const branding = mergeBranding(attributes, config);
          applyStyles(root, widgetCss(parseAccent(branding.color)));
          view.setBranding(title(branding.name), logoUrl(branding.logo, origin));
        });
      }
      const session = new ChatSession(tenant, language, texts, api, {
        log: view.log,
        scroll: view.scroll,
        status: view.status,
        setBusy: (busy) => {
          view.send.disabled = busy;
          view.human.disabled = busy;
        },
        focusInput: () => view.input.focus(),
      });
      this.session = session;

      view.launcher.addEventListener('click', () => this.open());
      view.close.addEventListener('click', () => this.close());
      view.panel.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          this.close();
        }
      });
      view.form.addEventListener('submit', (event) => {
        event.preventDefault();
        const text = view.input.value;
        if (!text.trim()) return;
        view.input.value = '';
        void session.ask(text);
      });
      view.input.addEventListener('keydown', (event) => {
        // Enter sends, Shift+Enter starts a new line; not while an input method composes a word.
        if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
          event.preventDefault();
          view.form.requestSubmit();
        }
      });
      view.human.addEventListener('click', () => {
        void session.ask(texts.humanMessage);
        view.input.focus();
      });
    }

    /** Opens the panel and moves focus into it. */
    open(): void {
      const view = this.view;
      if (!view) return;
      view.panel.hidden = false;
      view.launcher.hidden = true;
      view.launcher.setAttribute('aria-expanded', 'true');
      view.input.focus();
      void this.session?.resume();
    }

    /** Closes the panel and returns focus to the launcher. */
    close(): void {
      const view = this.view;
      if (!view) return;
      view.panel.hidden = true;
      view.launcher.hidden = false;
      view.launcher.setAttribute('aria-expanded', 'false');
      view.launcher.focus();
    }
  };
}

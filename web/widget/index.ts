// Entry of the widget bundle: defines <loket-chat>, bound to the server the script was loaded from.
import { createLoketChatElement } from './loket-chat.js';

/** The origin of this script (a classic or deferred script sets currentScript), else the page's. */
function scriptOrigin(): string {
  const script = document.currentScript;
  if (script instanceof HTMLScriptElement && script.src) return new URL(script.src).origin;
  return window.location.origin;
}

if (!window.customElements.get('loket-chat')) {
  window.customElements.define('loket-chat', createLoketChatElement(scriptOrigin()));
}

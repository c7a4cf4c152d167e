// Keeps the conversation id per municipality for this browser tab (sessionStorage: gone when the tab closes).

const key = (tenant: string) => `loket-chat:${tenant}:conversation`;

/** The stored conversation id of `tenant`, or null (also when storage is blocked). */
export function loadConversationId(tenant: string): string | null {
  try {
    return window.sessionStorage.getItem(key(tenant));
  } catch {
    // Storage can be disabled by the browser's privacy settings; the chat still works for this page.
    return null;
  }
}

/** Stores `id` for `tenant`, or forgets it when `id` is null. */
export function saveConversationId(tenant: string, id: string | null): void {
  try {
    if (id === null) window.sessionStorage.removeItem(key(tenant));
    else window.sessionStorage.setItem(key(tenant), id);
  } catch {
    // See loadConversationId: without storage a reload starts a new conversation.
  }
}

// The console inbox's live updates, without a framework: refreshes the list from the inbox API
// (session cookie) whenever the server-sent event stream reports a change on any node, and polls
// every 5 s while that stream is down (every 60 s as a safety net while it is up). It rebuilds the
// list with DOM methods (text only, never HTML) and announces what changed in the page's aria-live
// status. Without this script the page still works on reload.

interface InboxItem {
  id: string;
  state: 'bot' | 'waiting' | 'with_agent' | 'closed';
  updatedAt: string;
  lastResidentMessage: string | null;
  contactLeft: boolean;
}

const POLL_MS = 5000;
/** While the event stream is up, a poll this often still catches a change whose notification was lost. */
const SAFETY_POLL_MS = 60_000;
const STATE_LABELS: Record<InboxItem['state'], string> = {
  bot: 'Bij de assistent',
  waiting: 'Wacht op een medewerker',
  with_agent: 'Bij een medewerker',
  closed: 'Gesloten',
};
const DATE_TIME = new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

function entry(item: InboxItem, query: string): HTMLLIElement {
  const li = document.createElement('li');
  li.dataset['id'] = item.id;
  const link = document.createElement('a');
  link.href = `/console/conversations/${encodeURIComponent(item.id)}${query}`;
  link.textContent = `Gesprek ${item.id.slice(0, 8)}`;
  const meta = document.createElement('p');
  meta.className = 'meta';
  const time = document.createElement('time');
  time.dateTime = item.updatedAt;
  time.textContent = DATE_TIME.format(new Date(item.updatedAt));
  meta.append(`${STATE_LABELS[item.state]} · sinds `, time);
  li.append(link, meta);
  if (item.lastResidentMessage !== null) {
    const last = document.createElement('p');
    last.className = 'last-message';
    last.textContent = item.lastResidentMessage;
    li.append(last);
  }
  if (item.contactLeft) {
    const contact = document.createElement('p');
    contact.className = 'contact-left';
    contact.textContent = 'Laat contactgegevens na';
    li.append(contact);
  }
  return li;
}

function describe(items: InboxItem[], before: Set<string>): string {
  const count = items.length === 1 ? '1 gesprek in de inbox.' : `${items.length} gesprekken in de inbox.`;
  const added = items.filter((item) => !before.has(item.id)).length;
  if (added === 0) return count;
  return `${added === 1 ? 'Nieuw gesprek' : `${added} nieuwe gesprekken`} in de inbox. ${count}`;
}

function start(): void {
  const list = document.getElementById('inbox-list');
  const status = document.getElementById('inbox-status');
  const empty = document.getElementById('inbox-empty');
  const tenant = list?.dataset['tenant'];
  if (!list || !status || !tenant) return;
  const query = list.dataset['query'] ?? '';
  let known = new Set(Array.from(list.querySelectorAll('li')).map((li) => li.dataset['id'] ?? ''));
  let signature = Array.from(list.querySelectorAll('li')).map((li) => li.dataset['id']).join(',');

  const load = async (): Promise<void> => {
    try {
      const response = await fetch(`/api/v1/tenants/${encodeURIComponent(tenant)}/conversations?state=waiting,with_agent`, {
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      });
      if (!response.ok) return;
      const items = (await response.json()) as InboxItem[];
      const next = items.map((item) => `${item.id}:${item.state}:${item.updatedAt}:${item.contactLeft}`).join(',');
      if (next === signature) return;
      const announcement = describe(items, known);
      // Keep focus where it was when the focused link is still in the list.
      const focusedId = (document.activeElement?.closest('li') as HTMLLIElement | null)?.dataset['id'];
      list.replaceChildren(...items.map((item) => entry(item, query)));
      if (focusedId) list.querySelector<HTMLAnchorElement>(`li[data-id="${CSS.escape(focusedId)}"] a`)?.focus();
      if (empty) empty.hidden = items.length > 0;
      status.textContent = announcement;
      known = new Set(items.map((item) => item.id));
      signature = next;
    } catch {
      // A failed load (offline, signed out) leaves the list as it is; the next one tries again.
    }
  };
  // One load at a time; changes arriving during a load cause one more load after it.
  let loading: Promise<void> | undefined;
  let again = false;
  let loadedAt = Date.now();
  const refresh = (): void => {
    if (loading) {
      again = true;
      return;
    }
    loadedAt = Date.now();
    loading = load().finally(() => {
      loading = undefined;
      if (again) {
        again = false;
        refresh();
      }
    });
  };

  let streaming = false;
  if (typeof EventSource === 'function') {
    const events = new EventSource(`/api/v1/tenants/${encodeURIComponent(tenant)}/conversation-events`);
    // "ready" also follows every reconnect: load once to catch up on what happened meanwhile.
    events.addEventListener('ready', () => {
      streaming = true;
      refresh();
    });
    events.addEventListener('conversation', refresh);
    events.addEventListener('error', () => {
      streaming = false;
    });
  }
  window.setInterval(() => {
    if (!streaming || Date.now() - loadedAt >= SAFETY_POLL_MS) refresh();
  }, POLL_MS);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();

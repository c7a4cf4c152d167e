// The handoff inbox: waiting and with-agent conversations, longest waiting first. The external
// script /assets/console-inbox.js refreshes the list every few seconds and announces changes.
import type { InboxItem } from '../../conversations/index.js';
import type { ConsoleContext } from './console-context.js';
import { ConsoleLayout } from './console-layout.js';
import { STATE_LABELS } from './format.js';
import { Timestamp } from './timestamp.js';

/** One inbox entry; web/console/inbox.ts builds the same markup when it refreshes the list. */
function InboxEntry(props: { ctx: ConsoleContext; item: InboxItem }) {
  const { item } = props;
  return (
    <li data-id={item.id}>
      <a href={props.ctx.link(`/console/conversations/${item.id}`)}>Gesprek {item.id.slice(0, 8)}</a>
      <p class="meta">
        {STATE_LABELS[item.state]} · sinds <Timestamp at={item.updatedAt} />
      </p>
      {item.lastResidentMessage !== null ? <p class="last-message">{item.lastResidentMessage}</p> : null}
      {item.contactLeft ? <p class="contact-left">Laat contactgegevens na</p> : null}
    </li>
  );
}

/** Renders the inbox for `items`. */
export function InboxPage(props: { ctx: ConsoleContext; items: InboxItem[] }) {
  const { ctx, items } = props;
  return (
    <ConsoleLayout ctx={ctx} title="Inbox" scripts={['/assets/console-inbox.js']}>
      <p class="hint">Gesprekken die op een medewerker wachten of door een medewerker behandeld worden; wie het langst wacht, staat bovenaan. De lijst ververst vanzelf.</p>
      <p id="inbox-status" role="status" aria-live="polite">
        {items.length === 1 ? '1 gesprek in de inbox.' : `${items.length} gesprekken in de inbox.`}
      </p>
      <h2 id="inbox-heading" class="visually-hidden">Gesprekken</h2>
      <ul id="inbox-list" class="inbox-list" data-tenant={ctx.tenant.id} data-query={ctx.link('/').slice(1)} aria-labelledby="inbox-heading">
        {items.map((item) => (
          <InboxEntry ctx={ctx} item={item} />
        ))}
      </ul>
      <p id="inbox-empty" hidden={items.length > 0}>
        Er wacht niemand.
      </p>
    </ConsoleLayout>
  );
}

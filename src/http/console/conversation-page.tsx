// One conversation for staff: the transcript with each message's author, the agent's reply form
// and the close button. Messages are shown as text: hono/jsx escapes them, nothing is linkified.
import type { ConversationState, StoredMessage } from '../../conversations/index.js';
import type { ConsoleContext } from './console-context.js';
import { ConsoleLayout, CsrfField, FieldError } from './console-layout.js';
import { formatDateTime, ROLE_LABELS, STATE_LABELS } from './format.js';

/** Renders the conversation; `canHandle` shows the reply and close forms, `error` sits next to the reply field. */
export function ConversationPage(props: {
  ctx: ConsoleContext; id: string; state: ConversationState; messages: StoredMessage[]; canHandle: boolean; error?: string; draft?: string;
}) {
  const { ctx, id } = props;
  const open = props.state !== 'closed';
  return (
    <ConsoleLayout ctx={ctx} title={`Gesprek ${id.slice(0, 8)}`}>
      <p>
        Toestand: <strong>{STATE_LABELS[props.state]}</strong>
      </p>
      <h2>Verloop</h2>
      <ol class="transcript">
        {props.messages.map((message) => (
          <li class={`role-${message.role}`}>
            <p class="role">{ROLE_LABELS[message.role]}</p>
            <p class="message-text">{message.text}</p>
            <p class="meta">
              <time datetime={message.at}>{formatDateTime(message.at)}</time>
              {message.role === 'bot' && typeof message.reply?.['type'] === 'string' ? ` · ${String(message.reply['type'])}` : ''}
            </p>
          </li>
        ))}
      </ol>
      {props.canHandle && open ? (
        <section aria-labelledby="reply-heading">
          <h2 id="reply-heading">Antwoorden als medewerker</h2>
          <form method="post" action={ctx.link(`/console/conversations/${id}/reply`)}>
            <CsrfField ctx={ctx} />
            <div class="field">
              <label for="reply-text">Uw antwoord</label>
              <textarea
                id="reply-text" name="text" maxlength={4000} required
                aria-invalid={props.error ? 'true' : undefined} aria-describedby={props.error ? 'reply-error' : 'reply-hint'}
              >
                {props.draft ?? ''}
              </textarea>
              <p class="hint" id="reply-hint">De inwoner ziet uw antwoord in het chatvenster. Persoonsgegevens worden niet bewaard.</p>
              <FieldError id="reply-error" message={props.error} />
            </div>
            <button type="submit">Versturen</button>
          </form>
          <form method="post" action={ctx.link(`/console/conversations/${id}/close`)} class="actions">
            <CsrfField ctx={ctx} />
            <button type="submit" class="secondary">Gesprek sluiten</button>
          </form>
        </section>
      ) : null}
      <p>
        <a href={ctx.link('/console/inbox')}>Terug naar de inbox</a>
      </p>
    </ConsoleLayout>
  );
}

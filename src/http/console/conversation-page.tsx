// One conversation for staff: the transcript with each message's author, the contact details the
// resident left (for staff who handle conversations), the agent's reply form and the close button.
// Messages are shown as text: hono/jsx escapes them, nothing is linkified.
import type { ContactRequest, ConversationState, StoredMessage } from '../../conversations/index.js';
import type { ConsoleContext } from './console-context.js';
import { ConsoleLayout, CsrfField, FieldError } from './console-layout.js';
import { ROLE_LABELS, STATE_LABELS } from './format.js';
import { Timestamp } from './timestamp.js';

/** The details a resident left to be called or mailed back, with when they consented. */
function ContactDetails(props: { contact: ContactRequest }) {
  const { name, email, phone, consentAt } = props.contact;
  return (
    <section aria-labelledby="contact-heading" class="notice">
      <h2 id="contact-heading">Contactgegevens van de inwoner</h2>
      <p class="hint">De inwoner vraagt om teruggebeld of gemaild te worden. Gebruik deze gegevens alleen daarvoor.</p>
      <dl class="contact-details">
        {name !== null ? (<><dt>Naam</dt><dd>{name}</dd></>) : null}
        {email !== null ? (<><dt>E-mail</dt><dd><a href={`mailto:${email}`}>{email}</a></dd></>) : null}
        {phone !== null ? (<><dt>Telefoon</dt><dd><a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</a></dd></>) : null}
        <dt>Toestemming gegeven</dt>
        <dd><Timestamp at={consentAt} /></dd>
      </dl>
    </section>
  );
}

/**
 * Renders the conversation; `canHandle` shows the reply and close forms, `contact` the details the
 * resident left (pass it only to staff who may handle conversations), `error` sits next to the reply field.
 */
export function ConversationPage(props: {
  ctx: ConsoleContext; id: string; state: ConversationState; messages: StoredMessage[]; canHandle: boolean;
  contact?: ContactRequest | null; error?: string; draft?: string;
}) {
  const { ctx, id } = props;
  const open = props.state !== 'closed';
  return (
    <ConsoleLayout ctx={ctx} title={`Gesprek ${id.slice(0, 8)}`}>
      <p>
        Toestand: <strong>{STATE_LABELS[props.state]}</strong>
      </p>
      {props.canHandle && props.contact ? <ContactDetails contact={props.contact} /> : null}
      <h2>Verloop</h2>
      <ol class="transcript">
        {props.messages.map((message) => (
          <li class={`role-${message.role}`}>
            <p class="role">{ROLE_LABELS[message.role]}</p>
            <p class="message-text">{message.text}</p>
            <p class="meta">
              <Timestamp at={message.at} />
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

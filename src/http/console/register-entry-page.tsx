// One AI register entry for staff: its state, the rejection reason, the workflow steps this person may take,
// the form (or the fields read-only) and its whole history; and the page for a new entry.
import { entryActionLabels, entryFieldLabel, entryStateLabels, systemStatusLabels, type HistoryStep, type StoredEntry } from '../../register/index.js';
import type { ConsoleContext } from './console-context.js';
import { ConsoleLayout, CsrfField, FieldError } from './console-layout.js';
import { RegisterEntryDetails, RegisterEntryForm } from './register-entry-form.js';
import type { RegisterFormErrors, RegisterFormValues } from './register-form.js';
import { EntryState } from './register-list-page.js';
import { Timestamp } from './timestamp.js';

/** What the page confirms after a step (`?done=`), in Dutch. */
export const DONE_NOTICES = {
  created: 'Opgeslagen als concept. Dien de registratie in voor beoordeling wanneer ze klaar is.',
  saved: 'Wijzigingen opgeslagen.',
  submitted: 'Ingediend: een reviewer beoordeelt de registratie.',
  published: 'Gepubliceerd: de registratie staat in het openbare AI-register.',
  rejected: 'Afgewezen: de registratie gaat met uw reden terug naar de auteur.',
  retracted: 'Ingetrokken: de registratie staat niet meer in de zoekresultaten; haar geschiedenis blijft openbaar.',
} as const;
export type DoneNotice = keyof typeof DONE_NOTICES;

/** Whether `?done=` names a notice; only the object's own keys count (never `toString` or `constructor`). */
export function isDoneNotice(done: string | undefined): done is DoneNotice {
  return done !== undefined && Object.hasOwn(DONE_NOTICES, done);
}

/** A reason refused next to its field, with what was typed. */
export interface StepError {
  step: 'reject' | 'retract';
  message: string;
  typed: string;
}

/** Which steps the person may take on this entry now (policies and state decided by the route). */
export interface EntrySteps {
  edit: boolean;
  submit: boolean;
  review: boolean;
  retract: boolean;
}

/** /console/register/new: an empty form (with the municipality filled in), or what was typed with the messages. */
export function RegisterNewPage(props: { ctx: ConsoleContext; values: RegisterFormValues; errors?: RegisterFormErrors }) {
  const { ctx } = props;
  return (
    <ConsoleLayout ctx={ctx} title="Nieuwe registratie">
      <p class="hint">
        De registratie wordt bewaard als concept. Niemand buiten uw gemeente ziet ze tot een reviewer ze publiceert.
      </p>
      <RegisterEntryForm ctx={ctx} action={ctx.link('/console/register/new')} values={props.values} submitLabel="Opslaan als concept" {...(props.errors ? { errors: props.errors } : {})} />
      <p>
        <a href={ctx.link('/console/register')}>Terug naar het AI-register</a>
      </p>
    </ConsoleLayout>
  );
}

/** The last rejection's reason in `history`, if the entry was ever rejected. */
export function lastRejection(history: readonly HistoryStep[]): string | null {
  return history.findLast((step) => step.action === 'reject')?.reason ?? null;
}

function History(props: { history: HistoryStep[] }) {
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Geschiedenis</h2>
      <table>
        <caption class="visually-hidden">Elke stap van deze registratie, de oudste eerst</caption>
        <thead>
          <tr>
            <th scope="col">Wanneer</th>
            <th scope="col">Stap</th>
            <th scope="col">Fase daarna</th>
            <th scope="col">Reden</th>
            <th scope="col">Gewijzigde velden</th>
          </tr>
        </thead>
        <tbody>
          {props.history.map((step) => (
            <tr>
              <td>
                <Timestamp at={step.at} />
              </td>
              <td>{entryActionLabels[step.action]}</td>
              <td>{entryStateLabels[step.state]}</td>
              <td class="message-text">{step.reason ?? '—'}</td>
              <td>{step.action === 'create' ? 'Eerste versie' : step.changedFields.map(entryFieldLabel).join(', ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The workflow forms: submit, publish, reject with a required reason, retract with an optional one. */
function Steps(props: { ctx: ConsoleContext; stored: StoredEntry; steps: EntrySteps; error?: StepError | undefined }) {
  const { ctx, stored, steps } = props;
  const errorOf = (step: StepError['step']) => (props.error?.step === step ? props.error : undefined);
  const [rejectError, retractError] = [errorOf('reject'), errorOf('retract')];
  const action = (step: string) => ctx.link(`/console/register/${stored.id}/${step}`);
  if (!steps.submit && !steps.review && !steps.retract) return null;
  return (
    <section aria-labelledby="steps-heading" class="workflow">
      <h2 id="steps-heading">Volgende stap</h2>
      {steps.submit ? (
        <form method="post" action={action('submit')}>
          <CsrfField ctx={ctx} />
          <p>Klaar? Dien de bewaarde versie in; een reviewer publiceert ze of stuurt ze terug met een reden.</p>
          <button type="submit">Indienen voor beoordeling</button>
        </form>
      ) : null}
      {steps.review ? (
        <>
          <form method="post" action={action('publish')}>
            <CsrfField ctx={ctx} />
            <p>De registratie is volledig en juist: publiceer ze in het openbare AI-register.</p>
            <button type="submit">Publiceren</button>
          </form>
          <ReasonForm
            ctx={ctx} action={action('reject')} step="reject" required label="Reden van de afwijzing" rows={3}
            hint="De auteur ziet deze reden en past de registratie aan." error={rejectError} button="Afwijzen"
          />
        </>
      ) : null}
      {steps.retract ? (
        <ReasonForm
          ctx={ctx} action={action('retract')} step="retract" label="Reden van de intrekking" rows={2}
          hint={`De reden staat in de openbare geschiedenis van de registratie.${stored.state === 'published' ? '' : ' De openbare versie wordt ingetrokken; de wijzigingen die nog niet gepubliceerd zijn, vervallen.'}`}
          error={retractError} button="Intrekken"
        />
      ) : null}
    </section>
  );
}

/** A step that takes a reason (reject: required; retract: optional), with its message and what was typed when refused. */
function ReasonForm(props: {
  ctx: ConsoleContext; action: string; step: StepError['step']; label: string; hint: string; rows: number; button: string;
  required?: boolean; error?: StepError | undefined;
}) {
  const id = `${props.step}-reason`;
  const described = props.error ? `${id}-hint ${id}-error` : `${id}-hint`;
  return (
    <form method="post" action={props.action} novalidate>
      <CsrfField ctx={props.ctx} />
      <div class="field">
        <label for={id}>
          {props.label} {props.required ? <span class="required">(verplicht)</span> : '(niet verplicht)'}
        </label>
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
        <textarea id={id} name="reason" rows={props.rows} aria-required={props.required ? 'true' : undefined} aria-invalid={props.error ? 'true' : undefined} aria-describedby={described}>
          {props.error?.typed ?? ''}
        </textarea>
        <FieldError id={`${id}-error`} message={props.error?.message} />
      </div>
      <button type="submit" class="danger">
        {props.button}
      </button>
    </form>
  );
}

/** Why an edit was not saved: someone else changed the entry after the form was opened. */
function EditConflict(props: { ctx: ConsoleContext; stored: StoredEntry }) {
  return (
    <div class="error-summary" role="alert">
      <h2>Niet opgeslagen: iemand anders heeft deze registratie intussen gewijzigd</h2>
      <p>
        Iemand anders heeft de registratie gewijzigd nadat u ze opende. Uw wijzigingen zijn niet bewaard, zodat u die van de ander niet
        overschrijft; ze staan hieronder nog in het formulier. Kopieer wat u wilt bewaren,{' '}
        <a href={props.ctx.link(`/console/register/${props.stored.id}`)}>open de huidige versie</a> en breng uw wijzigingen daarin opnieuw aan.
      </p>
    </div>
  );
}

/**
 * /console/register/{id}. `values` are the stored fields or what was typed (with `errors`, or `conflict`
 * when someone else changed the entry since `shownVersion`, the `updatedAt` the form was opened with and
 * sends back); `stepError` belongs to the rejection or retraction form. `ownEntry`: the person wrote it,
 * so someone else reviews it.
 */
export function RegisterEntryPage(props: {
  ctx: ConsoleContext; stored: StoredEntry; history: HistoryStep[]; steps: EntrySteps; values: RegisterFormValues; shownVersion: string;
  errors?: RegisterFormErrors; conflict?: boolean; stepError?: StepError; done?: DoneNotice | undefined; ownEntry: boolean;
}) {
  const { ctx, stored, history, steps } = props;
  const { entry, state } = stored;
  const rejection = state === 'rejected' ? lastRejection(history) : null;
  // After a conflict the typed values stay in the form even if the other change (a submission, say) no
  // longer allows an edit: they are the person's work, and saving again is refused until they reload.
  const editable = steps.edit || props.conflict === true;
  return (
    <ConsoleLayout ctx={ctx} title={entry.name}>
      <p class="meta">
        Fase: <EntryState stored={stored} /> · Status van het systeem: {systemStatusLabels[entry.status]} · Laatst gewijzigd:{' '}
        <Timestamp at={stored.updatedAt} />
      </p>
      {props.conflict ? <EditConflict ctx={ctx} stored={stored} /> : null}
      {props.done ? (
        <p class="notice" role="status">
          {DONE_NOTICES[props.done]}
        </p>
      ) : null}
      {rejection !== null ? (
        <div class="rejection">
          <h2>Afgewezen door de reviewer</h2>
          <p class="message-text">{rejection}</p>
          <p>Pas de registratie aan en dien ze opnieuw in.</p>
        </div>
      ) : null}
      {state === 'published' || state === 'retracted' || stored.publishedAt ? (
        <p>
          <a href={`/register/${stored.id}`}>Bekijk de openbare versie in het AI-register</a>
        </p>
      ) : null}
      {stored.systemKey !== null ? (
        <p class="notice">
          Loket houdt deze registratie zelf bij uit de instellingen en het profiel van de gemeente. Wijzig die instellingen om ze aan te passen.
        </p>
      ) : null}
      {props.ownEntry && state === 'submitted' ? <p class="notice">U schreef deze registratie zelf; een andere reviewer beoordeelt ze.</p> : null}
      <Steps ctx={ctx} stored={stored} steps={steps} error={props.stepError} />
      <section aria-labelledby="fields-heading">
        <h2 id="fields-heading">Gegevens</h2>
        {editable ? (
          <>
            {state === 'published' ? (
              <p class="hint">Opslaan begint een nieuwe versie als concept; de gepubliceerde versie blijft openbaar tot de nieuwe gepubliceerd is.</p>
            ) : null}
            <RegisterEntryForm
              ctx={ctx} action={ctx.link(`/console/register/${stored.id}`)} values={props.values} shownVersion={props.shownVersion}
              submitLabel={state === 'published' ? 'Opslaan als nieuwe versie' : 'Wijzigingen opslaan'} {...(props.errors ? { errors: props.errors } : {})}
            />
          </>
        ) : (
          <RegisterEntryDetails values={props.values} />
        )}
      </section>
      <History history={history} />
      <p>
        <a href={ctx.link('/console/register')}>Terug naar het AI-register</a>
      </p>
    </ConsoleLayout>
  );
}

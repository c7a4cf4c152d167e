// The municipality's AI register entries in every review state, and the review queue of submitted entries.
import { entryStateLabels, systemStatusLabels, type StoredEntry } from '../../register/index.js';
import type { ConsoleContext } from './console-context.js';
import { ConsoleLayout } from './console-layout.js';
import { Timestamp } from './timestamp.js';

/** An entry in a list, with the reason of its last rejection while it is rejected. */
export interface ListedEntry {
  stored: StoredEntry;
  rejection?: string | null | undefined;
}

/** The review state as a badge; an entry being edited after publication says that its published version stays public. */
export function EntryState(props: { stored: StoredEntry }) {
  const { state, publishedAt } = props.stored;
  return (
    <>
      <span class={`state state-${state}`}>{entryStateLabels[state]}</span>
      {publishedAt && state !== 'published' && state !== 'retracted' ? <span class="meta"> (de vorige versie blijft openbaar)</span> : null}
    </>
  );
}

/** /console/register: every entry of the municipality; `canWrite` shows the button for a new one, `canReview` the queue link. */
export function RegisterListPage(props: { ctx: ConsoleContext; entries: ListedEntry[]; canWrite: boolean; canReview: boolean }) {
  const { ctx } = props;
  return (
    <ConsoleLayout ctx={ctx} title="AI-register">
      <p class="hint">
        De AI-toepassingen van {ctx.tenant.name} in elke fase. Alleen gepubliceerde registraties staan in het{' '}
        <a href="/register">openbare AI-register</a>; een reviewer beoordeelt elke registratie voor ze gepubliceerd wordt.
      </p>
      {props.canWrite || props.canReview ? (
        <p class="register-actions">
          {props.canWrite ? (
            <a class="button-link" href={ctx.link('/console/register/new')}>
              Nieuwe registratie
            </a>
          ) : null}
          {props.canReview ? <a href={ctx.link('/console/register/review')}>Registraties beoordelen</a> : null}
        </p>
      ) : null}
      {props.entries.length === 0 ? (
        <p>Nog geen registraties voor deze gemeente.</p>
      ) : (
        <table class="register-entries">
          <caption class="visually-hidden">Registraties van {ctx.tenant.name}</caption>
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">Fase</th>
              <th scope="col">Status van het systeem</th>
              <th scope="col">Laatst gewijzigd</th>
            </tr>
          </thead>
          <tbody>
            {props.entries.map(({ stored, rejection }) => (
              <tr>
                <th scope="row">
                  <a href={ctx.link(`/console/register/${stored.id}`)}>{stored.entry.name}</a>
                </th>
                <td>
                  <EntryState stored={stored} />
                  {stored.state === 'rejected' && rejection ? (
                    <p class="rejection-reason">
                      <strong>Reden van de afwijzing:</strong> <span class="message-text">{rejection}</span>
                    </p>
                  ) : null}
                </td>
                <td>{systemStatusLabels[stored.entry.status]}</td>
                <td>
                  <Timestamp at={stored.updatedAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ConsoleLayout>
  );
}

/**
 * /console/register/review: submitted entries this reviewer may publish or reject, of every municipality
 * they see (`tenantNames`); `elsewhere` counts those of no municipality, which the console does not show.
 */
export function RegisterReviewPage(props: { ctx: ConsoleContext; entries: StoredEntry[]; tenantNames: Map<string, string>; elsewhere: number }) {
  const { ctx } = props;
  const platformWide = ctx.actor.tenantId === null;
  const entryLink = (stored: StoredEntry) =>
    platformWide ? `/console/register/${stored.id}?${new URLSearchParams({ tenant: stored.tenantId ?? '' }).toString()}` : ctx.link(`/console/register/${stored.id}`);
  return (
    <ConsoleLayout ctx={ctx} title="Registraties beoordelen">
      <p class="hint">Ingediende registraties die u mag publiceren of afwijzen. Uw eigen registraties beoordeelt een ander.</p>
      {props.entries.length === 0 ? (
        <p>Geen registraties om te beoordelen.</p>
      ) : (
        <table>
          <caption class="visually-hidden">Te beoordelen registraties</caption>
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">Gemeente</th>
              <th scope="col">Ingediend</th>
            </tr>
          </thead>
          <tbody>
            {props.entries.map((stored) => (
              <tr>
                <th scope="row">
                  <a href={entryLink(stored)}>{stored.entry.name}</a>
                </th>
                <td>{props.tenantNames.get(stored.tenantId ?? '') ?? stored.tenantId}</td>
                <td>
                  <Timestamp at={stored.updatedAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.elsewhere > 0 ? (
        <p class="hint">
          {props.elsewhere === 1 ? 'Eén ingediende registratie hoort' : `${props.elsewhere} ingediende registraties horen`} bij geen gemeente van Loket en
          {props.elsewhere === 1 ? ' staat' : ' staan'} daarom niet in deze lijst.
        </p>
      ) : null}
      <p>
        <a href={ctx.link('/console/register')}>Naar het AI-register van {ctx.tenant.name}</a>
      </p>
    </ConsoleLayout>
  );
}

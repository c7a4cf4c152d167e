// The import report: every outside source of the municipality (catalogue, website, FAQ sheet), its last run and what failed.
import type { ImportSource } from '../../importers/index.js';
import type { ConsoleContext } from './console-context.js';
import { ConsoleLayout } from './console-layout.js';
import { Timestamp } from './timestamp.js';

const KINDS: Record<ImportSource['kind'], string> = {
  ipdc: 'Productencatalogus (bestand)',
  ldes: 'Productencatalogus (feed)',
  website: 'Website',
  faq: 'Veelgestelde vragen (blad)',
};

/** Renders `sources` with their last report; imports themselves run from the CLI (`loket import`). */
export function ImportsPage(props: { ctx: ConsoleContext; sources: ImportSource[] }) {
  return (
    <ConsoleLayout ctx={props.ctx} title="Imports">
      <p class="hint">
        Bronnen waaruit de assistent inhoud haalt naast het inhoudspakket. Een import start met <code>loket import</code>; met{' '}
        <code>--resync</code> haalt de server de bron geregeld opnieuw op en schrijft alleen wat veranderde.
      </p>
      {props.sources.length === 0 ? <p>Nog geen imports voor deze gemeente.</p> : null}
      {props.sources.map((source) => {
        const report = source.lastReport;
        return (
          <section class="import-source">
            <h2>{`${KINDS[source.kind]}: ${source.location}`}</h2>
            <p class="meta">
              {source.lastRunAt ? <>Laatst opgehaald: <Timestamp at={source.lastRunAt} /></> : 'Nog niet opgehaald'}
              {source.resyncMinutes ? ` · opnieuw om de ${source.resyncMinutes} minuten` : ' · alleen met de hand'}
            </p>
            {report ? (
              <>
                <table>
                  <caption>Laatste import</caption>
                  <thead><tr><th scope="col">Toegevoegd</th><th scope="col">Gewijzigd</th><th scope="col">Verwijderd</th><th scope="col">Mislukt</th></tr></thead>
                  <tbody><tr><td>{report.added.length}</td><td>{report.changed.length}</td><td>{report.removed.length}</td><td>{report.failed.length}</td></tr></tbody>
                </table>
                {report.failed.length > 0 ? (
                  <details>
                    <summary>{`Wat mislukte (${report.failed.length})`}</summary>
                    <ul>{report.failed.map((f) => <li><span class="message-text">{f.item}</span>: {f.reason}</li>)}</ul>
                  </details>
                ) : null}
              </>
            ) : null}
          </section>
        );
      })}
    </ConsoleLayout>
  );
}

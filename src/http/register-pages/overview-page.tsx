// The annex parliament asked for: every local government's AI by programme, purpose, status and timing. Printable.
import type { OverviewRow } from '../../register/index.js';
import { formatDutchDate } from './format-dutch.js';
import { RegisterLayout } from './register-layout.js';

/** Renders /register/overzicht; the same rows are offered as CSV. */
export function OverviewPage(props: { rows: OverviewRow[]; at: Date; entryCount: number }) {
  const organisations = new Set(props.rows.map((r) => r.organisationName)).size;
  return (
    <RegisterLayout title="Overzicht voor het Vlaams Parlement" current="/register/overzicht">
      <h1>AI-toepassingen van de lokale besturen</h1>
      <p class="lead">
        {`Stand van het register op ${formatDutchDate(props.at)}: ${props.entryCount} gepubliceerde toepassingen bij ${organisations} besturen en organisaties. `}
        Een toepassing van een samenwerkingsverband staat bij elk betrokken bestuur.
      </p>
      <p class="no-print">
        <a href="/register/overzicht.csv" download="ai-register-overzicht.csv">Download als CSV</a> · Afdrukken of bewaren als PDF
        kan met de afdrukfunctie van uw browser: de navigatie valt dan weg.
      </p>
      <table>
        <caption>AI-toepassingen per bestuur</caption>
        <thead>
          <tr>
            <th scope="col">Bestuur</th><th scope="col">Rol</th><th scope="col">Toepassing</th><th scope="col">Programma</th>
            <th scope="col">Doel</th><th scope="col">Status en timing</th><th scope="col">Leverancier</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr>
              <th scope="row">{row.organisationName}{row.organisationCode ? ` (${row.organisationCode})` : ''}</th>
              <td>{row.role === 'lead' ? 'trekker' : 'partner'}</td>
              <td><a href={row.url}>{row.entryName}</a></td>
              <td>{row.programme}</td>
              <td>{row.purpose}</td>
              <td>{`${row.status}: ${row.timing}`}</td>
              <td>{row.supplier ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </RegisterLayout>
  );
}

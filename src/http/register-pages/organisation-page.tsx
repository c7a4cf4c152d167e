// One local government's page: the AI it uses and plans, as lead or as partner.
import type { StoredEntry } from '../../register/index.js';
import { EntrySummary } from './entry-summary.js';
import { RegisterLayout } from './register-layout.js';

/** Renders /register/organisaties/{slug}: systems in use (or retired) first, then what is planned or tried. */
export function OrganisationPage(props: { name: string; slug: string; entries: StoredEntry[] }) {
  const inUse = props.entries.filter((s) => s.entry.status === 'in-use');
  const preparing = props.entries.filter((s) => ['idea', 'planned', 'pilot'].includes(s.entry.status));
  const retired = props.entries.filter((s) => s.entry.status === 'retired');
  const section = (title: string, entries: StoredEntry[]) =>
    entries.length === 0 ? null : (
      <>
        <h2>{`${title} (${entries.length})`}</h2>
        <ol class="results">{entries.map((stored) => <EntrySummary stored={stored} />)}</ol>
      </>
    );
  return (
    <RegisterLayout title={props.name} current="/register/organisaties">
      <p class="meta">
        <a href="/register/organisaties">Per bestuur</a> › {props.name}
      </p>
      <h1>{props.name}</h1>
      <p class="lead">
        {`${props.entries.length} ${props.entries.length === 1 ? 'toepassing' : 'toepassingen'} van AI, als trekker of als partner in een samenwerking.`}{' '}
        <a href={`/register?organisation=${props.slug}`}>Verfijnen in de zoekpagina</a>
      </p>
      {section('In gebruik', inUse)}
      {section('Gepland of in een proefproject', preparing)}
      {section('Stopgezet', retired)}
    </RegisterLayout>
  );
}

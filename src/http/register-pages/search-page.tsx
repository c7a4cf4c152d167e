// The register's front page: search with facets, each value with how many entries it would give. Works without JavaScript.
import {
  aiActRiskClassLabels, flemishPrincipleLabels, kindOfAiLabels, programmeLabels, systemStatusLabels,
  type EntrySearch, type EntrySearchResult,
} from '../../register/index.js';
import { EntrySummary } from './entry-summary.js';
import { RegisterLayout } from './register-layout.js';

type CheckboxFacet = 'status' | 'programme' | 'kind' | 'riskClass';

/** Renders /register for `search` with its `result`; `problems` are the parameters that could not be used. */
export function SearchPage(props: { search: EntrySearch; result: EntrySearchResult; problems?: string[] }) {
  const { search, result } = props;
  const { facets } = result;
  const checkboxes = <K extends CheckboxFacet>(name: K, legend: string, items: Array<{ value: string; count: number }>, labels: Record<string, string>) => (
    <fieldset>
      <legend>{legend}</legend>
      {items.map((item) => (
        <label>
          <input type="checkbox" name={name} value={item.value} checked={(search[name] as string[] | undefined)?.includes(item.value) ?? false} />{' '}
          {labels[item.value]} <span class="count">({item.count})</span>
        </label>
      ))}
    </fieldset>
  );
  return (
    <RegisterLayout title="Zoeken" current="/register">
      <h1>AI-register van de lokale besturen</h1>
      <p class="lead">
        Welke gemeenten, steden en OCMW's gebruiken artificiële intelligentie, waarvoor, en hoe? En welke plannen het? Zoek
        in de fiches die de besturen zelf publiceren.
      </p>
      {props.problems && props.problems.length > 0 ? (
        <div class="notice" role="alert">
          <p>Deze zoekopdracht kon niet worden uitgevoerd:</p>
          <ul>{props.problems.map((p) => <li>{p}</li>)}</ul>
        </div>
      ) : null}
      <form method="get" action="/register" class="search">
        <div>
          <fieldset>
            <legend>Bestuur</legend>
            <label for="organisation">Gemeente, stad of organisatie</label>
            <select id="organisation" name="organisation">
              <option value="">Alle besturen</option>
              {facets.organisation.map((o) => (
                <option value={o.slug} selected={search.organisation === o.slug}>{`${o.name} (${o.count})`}</option>
              ))}
            </select>
          </fieldset>
          {checkboxes('status', 'Status', facets.status, systemStatusLabels)}
          {checkboxes('programme', 'Programma', facets.programme, programmeLabels)}
          {checkboxes('kind', 'Soort AI', facets.kind, kindOfAiLabels)}
          {checkboxes('riskClass', 'Risicoklasse (AI-verordening)', facets.riskClass, aiActRiskClassLabels)}
          <fieldset>
            <legend>Vlaamse AI-principes</legend>
            <label for="principle">Principe</label>
            <select id="principle" name="principle">
              <option value="">Geen keuze</option>
              {facets.principle.map((p) => (
                <option value={p.value} selected={search.principle === p.value}>{flemishPrincipleLabels[p.value]}</option>
              ))}
            </select>
            <label for="minScore">Zelfscore minstens</label>
            <select id="minScore" name="minScore">
              <option value="">Geen minimum</option>
              {[1, 2, 3, 4, 5].map((n) => (
                <option value={String(n)} selected={search.minScore === n}>{`${n} op 5`}</option>
              ))}
            </select>
          </fieldset>
          <button type="submit">Filters toepassen</button>
        </div>
        <div>
          <label for="q">Zoek op naam, doel, bestuur of thema</label>
          <p>
            <input type="search" id="q" name="q" value={search.q ?? ''} />
          </p>
          <p>
            <button type="submit">Zoeken</button>
          </p>
          <h2 aria-live="polite">{result.total === 1 ? '1 toepassing' : `${result.total} toepassingen`}</h2>
          {result.total === 0 ? (
            <p>Geen gepubliceerde fiches voor deze zoekopdracht. <a href="/register">Alle filters wissen</a></p>
          ) : (
            <ol class="results">
              {result.entries.map((stored) => (
                <EntrySummary stored={stored} />
              ))}
            </ol>
          )}
        </div>
      </form>
    </RegisterLayout>
  );
}

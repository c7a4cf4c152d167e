// One entry in a list of results: name, organisations, status with its timing, programme and purpose.
import { organisationsOf, programmeLabels, systemStatusLabels, timingPhrase, type StoredEntry } from '../../register/index.js';

/** A result item; the name links to the entry's page. */
export function EntrySummary(props: { stored: StoredEntry }) {
  const { entry, id } = props.stored;
  const organisations = organisationsOf(entry);
  return (
    <li>
      <h3>
        <a href={`/register/${id}`}>{entry.name}</a>
      </h3>
      <p class="meta">
        {organisations.map((o, i) => (
          <>
            {i > 0 ? ', ' : ''}
            <a href={`/register/organisaties/${o.slug}`}>{o.name}</a>
          </>
        ))}
      </p>
      <p class="meta">
        <span class="badge">{systemStatusLabels[entry.status]}</span> {timingPhrase(entry)} · {programmeLabels[entry.programme]}
      </p>
      <p>{entry.shortDescription}</p>
    </li>
  );
}

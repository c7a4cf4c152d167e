// An entry's public page, written for residents: what the system does, with which data, who oversees it, its history.
import {
  aiActRiskClassLabels, aiActRoleLabels, entryFieldLabel, flemishPrinciples, flemishPrincipleLabels, impactAssessmentKindLabels,
  kindOfAiLabels, organisationsOf, personalDataProcessedLabels, programmeLabels, publicActionLabels, reusabilityLabels, systemStatusLabels,
  timingPhrase, type PublicVersion, type StoredEntry,
} from '../../register/index.js';
import { formatDutchDateTime } from './format-dutch.js';
import { RegisterLayout } from './register-layout.js';
import { VersionChanges } from './version-changes.js';

/** Renders /register/{id} for a published or retracted entry with its public history. */
export function EntryPage(props: { stored: StoredEntry; history: PublicVersion[] }) {
  const { stored, history } = props;
  const { entry } = stored;
  const organisations = organisationsOf(entry);
  const unknown = entry.compiledFrom ? 'Niet vermeld in de openbare bronnen.' : undefined;
  const retraction = stored.state === 'retracted' ? history.findLast((v) => v.action === 'retract') : undefined;
  return (
    <RegisterLayout title={entry.name}>
      <p class="meta">
        <a href="/register">AI-register</a> › fiche
      </p>
      <h1>{entry.name}</h1>
      <p class="lead">{entry.shortDescription}</p>
      {retraction ? (
        <p class="notice">
          Deze fiche is ingetrokken op {formatDutchDateTime(retraction.at)}
          {retraction.reason ? `: ${retraction.reason}` : '.'} Ze staat niet meer in de zoekresultaten; de geschiedenis blijft openbaar.
        </p>
      ) : null}
      {entry.compiledFrom ? (
        <p class="notice">
          De redactie van het register stelde deze fiche samen uit openbare bronnen (onderaan). Het bestuur heeft ze nog niet zelf
          aangevuld; wat de bronnen niet vermelden, blijft leeg.
        </p>
      ) : null}
      <dl class="fields">
        <dt>Bestuur</dt>
        <dd>
          {organisations.map((o, i) => (
            <>
              {i > 0 ? ', ' : ''}
              <a href={`/register/organisaties/${o.slug}`}>{o.name}</a>
              {o.role === 'lead' && organisations.length > 1 ? ' (trekker)' : ''}
            </>
          ))}
          {entry.department ? ` — ${entry.department}` : ''}
        </dd>
        <dt>Status</dt>
        <dd>{`${systemStatusLabels[entry.status]}: ${timingPhrase(entry)}`}</dd>
        <dt>Programma</dt>
        <dd>{programmeLabels[entry.programme]}</dd>
        {entry.kindsOfAi.length > 0 ? (<><dt>Soort AI</dt><dd>{entry.kindsOfAi.map((k) => kindOfAiLabels[k]).join(', ')}</dd></>) : null}
        {entry.themes.length > 0 ? (<><dt>Thema's</dt><dd>{entry.themes.join(', ')}</dd></>) : null}
      </dl>
      <h2>Waarvoor dient het?</h2>
      <p>{entry.purposeAndImpact}</p>
      {entry.considerations ? (<><h3>Afwegingen</h3><p>{entry.considerations}</p></>) : null}
      <h2>Hoe werkt het?</h2>
      <p>{entry.howItWorks}</p>
      <dl class="fields">
        {entry.supplier ? (<><dt>Leverancier</dt><dd>{entry.supplier}</dd></>) : null}
        {entry.sourceCodeLink ? (<><dt>Broncode</dt><dd><a href={entry.sourceCodeLink}>{entry.sourceCodeLink}</a></dd></>) : null}
      </dl>
      <h2>Welke gegevens?</h2>
      {entry.data.description ? <p>{entry.data.description}</p> : null}
      {entry.data.sources.length > 0 ? <ul>{entry.data.sources.map((s) => <li>{s.link ? <a href={s.link}>{s.title}</a> : s.title}</li>)}</ul> : null}
      <dl class="fields">
        <dt>Persoonsgegevens</dt>
        <dd>{`${personalDataProcessedLabels[entry.personalData.processed]}${entry.personalData.description ? `. ${entry.personalData.description}` : ''}`}</dd>
        {entry.legalBasis.description || entry.legalBasis.references.length > 0 ? (
          <>
            <dt>Wettelijke basis</dt>
            <dd>
              {entry.legalBasis.description ?? ''}
              {entry.legalBasis.references.map((r) => (<>{' '}{r.link ? <a href={r.link}>{r.title}</a> : r.title}</>))}
            </dd>
          </>
        ) : null}
      </dl>
      <h2>Wie houdt toezicht?</h2>
      <p>{entry.humanOversight ?? unknown}</p>
      {entry.risks.length > 0 || entry.riskManagement ? (
        <>
          <h2>Risico's en maatregelen</h2>
          {entry.riskManagement ? <p>{entry.riskManagement}</p> : null}
          {entry.risks.length > 0 ? (
            <table>
              <caption>Risico's en wat het bestuur ertegen doet</caption>
              <thead><tr><th scope="col">Risico</th><th scope="col">Maatregel</th></tr></thead>
              <tbody>{entry.risks.map((r) => <tr><td>{r.risk}</td><td>{r.mitigation}</td></tr>)}</tbody>
            </table>
          ) : null}
        </>
      ) : null}
      <h2>Europese AI-verordening</h2>
      <dl class="fields">
        <dt>Rol van het bestuur</dt>
        <dd>{aiActRoleLabels[entry.aiAct.role]}</dd>
        <dt>Risicoklasse</dt>
        <dd>{aiActRiskClassLabels[entry.aiAct.riskClass]}</dd>
        {entry.impactAssessments.length > 0 ? (
          <>
            <dt>Impactbeoordelingen</dt>
            <dd>{entry.impactAssessments.map((a, i) => (<>{i > 0 ? ', ' : ''}{impactAssessmentKindLabels[a.kind]}: {a.link ? <a href={a.link}>{a.title}</a> : a.title}</>))}</dd>
          </>
        ) : null}
      </dl>
      <PrinciplesTable stored={stored} />
      <h2>Contact en bezwaar</h2>
      <dl class="fields">
        <dt>Contact</dt>
        <dd>{entry.contact ? (entry.contact.includes('@') ? <a href={`mailto:${entry.contact}`}>{entry.contact}</a> : <a href={entry.contact}>{entry.contact}</a>) : unknown}</dd>
        {entry.objectionRoute ? (<><dt>Bezwaar of klacht</dt><dd>{entry.objectionRoute}</dd></>) : null}
        {entry.publicPage ? (<><dt>Meer informatie</dt><dd><a href={entry.publicPage}>{entry.publicPage}</a></dd></>) : null}
        {entry.revisionDate ? (<><dt>Volgende herziening</dt><dd>{entry.revisionDate}</dd></>) : null}
      </dl>
      {entry.lessonsLearned || entry.reusability.reusable !== 'unknown' ? (
        <>
          <h2>Kennis delen met andere besturen</h2>
          {entry.lessonsLearned ? <p>{entry.lessonsLearned}</p> : null}
          <p>{`${reusabilityLabels[entry.reusability.reusable]}${entry.reusability.notes ? `: ${entry.reusability.notes}` : ''}`}</p>
        </>
      ) : null}
      {entry.compiledFrom ? (
        <>
          <h2>Bronnen</h2>
          {entry.compiledFrom.note ? <p>{entry.compiledFrom.note}</p> : null}
          <ul>{entry.compiledFrom.sources.map((s) => <li><a href={s}>{s}</a></li>)}</ul>
        </>
      ) : null}
      <h2>Geschiedenis</h2>
      <ol>
        {history.map((version) => (
          <li>
            <strong>{publicActionLabels[version.action]}</strong> op {formatDutchDateTime(version.at)}
            {version.reason ? ` — ${version.reason}` : ''}
            {version.action !== 'publish' || version.seq !== history[0]?.seq ? <VersionChanges changes={version.changes} label={entryFieldLabel} /> : null}
          </li>
        ))}
      </ol>
    </RegisterLayout>
  );
}

function PrinciplesTable(props: { stored: StoredEntry }) {
  const { principles } = props.stored.entry;
  const scored = flemishPrinciples.filter((p) => principles[p] !== undefined);
  return (
    <>
      <h2>Toetsing aan de Vlaamse AI-principes</h2>
      {scored.length === 0 ? (
        <p>Het bestuur heeft de toepassing nog niet getoetst aan de zes Vlaamse principes.</p>
      ) : (
        <table>
          <caption>Zelfbeoordeling door het bestuur (1 = zwak, 5 = sterk)</caption>
          <thead><tr><th scope="col">Principe</th><th scope="col">Maatregelen</th><th scope="col" class="num">Zelfscore</th><th scope="col">Toelichting</th></tr></thead>
          <tbody>
            {scored.map((p) => {
              const a = principles[p]!;
              return <tr><th scope="row">{flemishPrincipleLabels[p]}</th><td>{a.measures}</td><td class="num">{`${a.selfScore} / 5`}</td><td>{a.explanation}</td></tr>;
            })}
          </tbody>
        </table>
      )}
    </>
  );
}

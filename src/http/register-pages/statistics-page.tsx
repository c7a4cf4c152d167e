// The register in numbers: how many local governments use AI, for what, in use against planned, and a timeline.
import {
  aiActRiskClassLabels, flemishPrincipleLabels, kindOfAiLabels, programmeLabels, systemStatusLabels, type RegisterStatistics,
} from '../../register/index.js';
import { RegisterLayout } from './register-layout.js';

/** A two-column table of counts with a bar per row; the bar is decoration, the number is the content. */
function CountTable(props: { caption: string; head: string; rows: Array<[string, number]> }) {
  const max = Math.max(1, ...props.rows.map(([, n]) => n));
  return (
    <table>
      <caption>{props.caption}</caption>
      <thead><tr><th scope="col">{props.head}</th><th scope="col" class="num">Aantal</th></tr></thead>
      <tbody>
        {props.rows.map(([label, count]) => (
          <tr>
            <th scope="row"><span class={`bar w${Math.round((count / max) * 10)}`} aria-hidden="true"></span>{label}</th>
            <td class="num">{count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const rowsOf = <K extends string>(counts: Record<K, number>, labels: Record<K, string>): Array<[string, number]> =>
  (Object.keys(labels) as K[]).map((key) => [labels[key], counts[key]]);

/** Renders /register/statistieken. */
export function StatisticsPage(props: { stats: RegisterStatistics }) {
  const { stats } = props;
  return (
    <RegisterLayout title="Statistieken" current="/register/statistieken">
      <h1>Het register in cijfers</h1>
      <p class="lead">
        {`${stats.publishedEntries} gepubliceerde toepassingen bij ${stats.organisations.total} besturen en organisaties. `}
        {`${stats.organisations.withSystemInUse} gebruiken minstens één toepassing; ${stats.organisations.preparingOnly} bereiden er een voor (idee, gepland of proefproject)`}
        {stats.organisations.retiredOnly > 0 ? `; ${stats.organisations.retiredOnly} hebben alleen stopgezette toepassingen.` : '.'}
      </p>
      <CountTable caption="Toepassingen per status" head="Status" rows={rowsOf(stats.byStatus, systemStatusLabels)} />
      <CountTable caption="Toepassingen per programma" head="Programma" rows={rowsOf(stats.byProgramme, programmeLabels)} />
      <CountTable caption="Toepassingen per soort AI (een toepassing kan meer soorten combineren)" head="Soort AI" rows={rowsOf(stats.byKind, kindOfAiLabels)} />
      <CountTable caption="Toepassingen per risicoklasse van de AI-verordening" head="Risicoklasse" rows={rowsOf(stats.byRiskClass, aiActRiskClassLabels)} />
      {stats.byTheme.length > 0 ? <CountTable caption="Waarvoor: toepassingen per thema" head="Thema" rows={stats.byTheme.map((t) => [t.theme, t.count])} /> : null}
      <h2>Tijdlijn</h2>
      <table>
        <caption>Per jaar: hoeveel toepassingen gepland werden, als proef begonnen, in gebruik kwamen of stopten</caption>
        <thead>
          <tr><th scope="col">Jaar</th><th scope="col" class="num">Gepland</th><th scope="col" class="num">Proefproject</th><th scope="col" class="num">In gebruik</th><th scope="col" class="num">Stopgezet</th></tr>
        </thead>
        <tbody>
          {stats.timeline.years.map((y) => (
            <tr><th scope="row">{y.year}</th><td class="num">{y.planned}</td><td class="num">{y.pilot}</td><td class="num">{y.inUse}</td><td class="num">{y.retired}</td></tr>
          ))}
        </tbody>
      </table>
      {stats.timeline.undated > 0 ? <p>{`${stats.timeline.undated} toepassingen vermelden geen datum.`}</p> : null}
      <h2>Vlaamse AI-principes</h2>
      <table>
        <caption>Gemiddelde zelfscore per principe (1 tot 5)</caption>
        <thead><tr><th scope="col">Principe</th><th scope="col" class="num">Gemiddelde</th><th scope="col" class="num">Aantal fiches met een score</th></tr></thead>
        <tbody>
          {stats.principles.map((p) => (
            <tr><th scope="row">{flemishPrincipleLabels[p.principle]}</th><td class="num">{p.averageScore === null ? '–' : p.averageScore.toLocaleString('nl-BE')}</td><td class="num">{p.scoredBy}</td></tr>
          ))}
        </tbody>
      </table>
    </RegisterLayout>
  );
}

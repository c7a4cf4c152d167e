// The dashboard: conversations per day as an SVG bar chart (with the numbers as a table for
// screen readers and print), reply outcome rates, satisfaction and the most answered products.
import type { DashboardStats } from '../../conversations/index.js';
import type { ConsoleContext } from './console-context.js';
import { ConsoleLayout } from './console-layout.js';

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`);

function PerDayChart(props: { perDay: DashboardStats['perDay'] }) {
  const width = 600;
  const height = 160;
  const max = Math.max(1, ...props.perDay.map((d) => d.conversations));
  const bar = width / Math.max(1, props.perDay.length);
  const total = props.perDay.reduce((sum, d) => sum + d.conversations, 0);
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height + 20}`} role="img" aria-label={`Gesprekken per dag, laatste ${props.perDay.length} dagen: ${total} in totaal, hoogstens ${max} op een dag`}>
      {props.perDay.map((d, i) => {
        const h = Math.round((d.conversations / max) * height);
        return (
          <rect class="bar" x={i * bar + 1} y={height - h} width={Math.max(1, bar - 2)} height={h}>
            <title>{`${d.date}: ${d.conversations}`}</title>
          </rect>
        );
      })}
      <line class="axis" x1="0" y1={height} x2={width} y2={height} />
    </svg>
  );
}

/** Renders the dashboard for the period in `stats`. */
export function DashboardPage(props: { ctx: ConsoleContext; stats: DashboardStats; productTitles: ReadonlyMap<string, string> }) {
  const { stats } = props;
  const rated = stats.feedback.up + stats.feedback.down;
  const concepts = props.productTitles;
  return (
    <ConsoleLayout ctx={props.ctx} title="Dashboard">
      <h2>Gesprekken per dag</h2>
      <PerDayChart perDay={stats.perDay} />
      <details>
        <summary>Cijfers per dag</summary>
        <table>
          <caption>Gesprekken per dag</caption>
          <thead>
            <tr>
              <th scope="col">Dag</th>
              <th scope="col">Gesprekken</th>
            </tr>
          </thead>
          <tbody>
            {stats.perDay.map((d) => (
              <tr>
                <td>{d.date}</td>
                <td data-metric="conversations">{d.conversations}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <h2>Hoe de assistent antwoordde</h2>
      <table>
        <caption>Antwoorden van de assistent ({stats.replies.total})</caption>
        <tbody>
          <tr>
            <th scope="row">Beantwoord</th>
            <td data-metric="answer">{stats.replies.answer}</td>
            <td>{percent(stats.replies.answer, stats.replies.total)}</td>
          </tr>
          <tr>
            <th scope="row">Weet het niet (fallback)</th>
            <td data-metric="fallback">{stats.replies.fallback}</td>
            <td>{percent(stats.replies.fallback, stats.replies.total)}</td>
          </tr>
          <tr>
            <th scope="row">Naar een medewerker</th>
            <td data-metric="handoff">{stats.replies.handoff}</td>
            <td>{percent(stats.replies.handoff, stats.replies.total)}</td>
          </tr>
          <tr>
            <th scope="row">Wedervraag</th>
            <td data-metric="clarify">{stats.replies.clarify}</td>
            <td>{percent(stats.replies.clarify, stats.replies.total)}</td>
          </tr>
        </tbody>
      </table>
      <h2>Tevredenheid</h2>
      <p>
        <span data-metric="satisfaction">{percent(stats.feedback.up, rated)}</span> tevreden ({stats.feedback.up} duim omhoog, {stats.feedback.down} duim omlaag).
      </p>
      <h2>Meest gevraagde producten</h2>
      <ol>
        {stats.topProducts.map((p) => (
          <li>
            {concepts.get(p.id) ?? p.id}: <span data-metric={`product:${p.id}`}>{p.answers}</span>
          </li>
        ))}
      </ol>
    </ConsoleLayout>
  );
}

// Presents an evaluation report for the terminal: per-category accuracy, abstention, every failure.
import type { EvalReport } from './run-evaluation.js';

const percent = (passed: number, total: number) => (total === 0 ? '-' : `${((100 * passed) / total).toFixed(1)}%`);

/** Lines of the report; failures list the question, what missed and the start of the reply. */
export function formatEvalReport(report: EvalReport): string[] {
  const lines = ['Accuracy per category:'];
  for (const c of report.categories) lines.push(`  ${c.category.padEnd(24)} ${String(c.passed).padStart(4)}/${String(c.total).padEnd(4)} ${percent(c.passed, c.total)}`);
  lines.push(`  ${'overall'.padEnd(24)} ${String(report.overall.passed).padStart(4)}/${String(report.overall.total).padEnd(4)} ${percent(report.overall.passed, report.overall.total)}`);
  const a = report.abstention;
  lines.push(`Abstention (fallback): precision ${(100 * a.precision).toFixed(1)}% (${a.given} given), recall ${(100 * a.recall).toFixed(1)}% (${a.expected} expected)`);
  const failures = report.results.filter((r) => r.misses.length > 0);
  if (failures.length > 0) {
    lines.push('', `Failures (${failures.length}):`);
    for (const f of failures) {
      lines.push(`  ${f.id} [${f.category}] ${f.turns.join(' || ')}`);
      lines.push(`    ${f.misses.join('; ')}`);
      lines.push(`    reply (${f.reply.type}, ${f.reply.sources[0]?.id ?? 'no source'}): ${f.reply.text.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
  return lines;
}

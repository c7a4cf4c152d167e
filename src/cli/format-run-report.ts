// Presents one importer run for the terminal: what was added, changed, removed, and what failed with the reason.
import type { ImportRunReport } from '../importers/index.js';

const list = (ids: string[]) => (ids.length === 0 ? '' : ids.length <= 8 ? ` (${ids.join(', ')})` : ` (${ids.slice(0, 8).join(', ')}, …)`);

/** Lines such as "added 3 products (…)", "failed 1: https://… — 404 Not Found", or "No changes.". */
export function formatRunReport(report: ImportRunReport): string[] {
  const lines: string[] = [];
  if (report.added.length > 0) lines.push(`added ${report.added.length} product(s)${list(report.added)}`);
  if (report.changed.length > 0) lines.push(`changed ${report.changed.length} product(s)${list(report.changed)}`);
  if (report.removed.length > 0) lines.push(`removed ${report.removed.length} product(s)${list(report.removed)}`);
  if (lines.length === 0) lines.push('No changes.');
  else lines.unshift(`${report.source}: content version ${report.version}`);
  for (const failure of report.failed) lines.push(`failed: ${failure.item} — ${failure.reason}`);
  return lines;
}

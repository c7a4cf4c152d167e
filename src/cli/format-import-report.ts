// Presents an import report as lines for the terminal: per scope, its version and what changed.
import type { ImportReport, ContentChanges } from '../knowledge/index.js';

// In the order a person reads a municipality's content.
const KIND_NAMES: Record<string, [string, string]> = {
  concept: ['concept', 'concepts'],
  municipality: ['municipality profile', 'municipality profiles'],
  location: ['location', 'locations'],
  closure: ['closure day', 'closure days'],
  product: ['product', 'products'],
  street: ['street', 'streets'],
  collection: ['waste collection', 'waste collections'],
};

function describe(keys: string[]): string {
  const byKind = new Map<string, string[]>();
  for (const key of keys) {
    const [kind = key, ...rest] = key.split(':');
    byKind.set(kind, [...(byKind.get(kind) ?? []), rest.join(':')]);
  }
  const order = Object.keys(KIND_NAMES);
  return [...byKind]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([kind, ids]) => {
      const [one, many] = KIND_NAMES[kind] ?? [kind, kind];
      const named = ids.length <= 5 && ids.some((id) => id) ? ` (${ids.join(', ')})` : '';
      return `${ids.length} ${ids.length === 1 ? one : many}${named}`;
    })
    .join(', ');
}

function describeChanges(changes: ContentChanges): string {
  return (['added', 'changed', 'removed'] as const)
    .filter((verb) => changes[verb].length > 0)
    .map((verb) => `${verb} ${describe(changes[verb])}`)
    .join('; ');
}

/** One line per scope, e.g. "Leiebeke (leiebeke): version 2 — changed 1 product (eid-aanvragen)". */
export function formatImportReport(report: ImportReport): string[] {
  const lines = [`Imported ${report.source}:`];
  for (const scope of report.scopes) {
    const label = scope.scope.startsWith('@') ? scope.name : `${scope.name} (${scope.scope})`;
    lines.push(
      scope.unchanged
        ? `  ${label}: no changes (still version ${scope.version})`
        : `  ${label}: version ${scope.version} — ${describeChanges(scope.changes)}`,
    );
  }
  if (report.scopes.every((s) => s.unchanged)) lines.push('Nothing changed.');
  return lines;
}

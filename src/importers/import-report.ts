// What one import run did, for the CLI, the console and the stored source.
import type { ScopeReport } from '../knowledge/index.js';

/** Products added, changed and removed (by id), items that failed with the reason, and the new version. */
export interface ImportRunReport {
  source: string;
  at: string;
  added: string[];
  changed: string[];
  removed: string[];
  /** Pages or rows that could not be imported; the others were. */
  failed: Array<{ item: string; reason: string }>;
  unchanged: boolean;
  version: number;
}

/** Folds the stored scopes' changes into one report. */
export function runReport(source: string, at: Date, scopes: readonly ScopeReport[], failed: ImportRunReport['failed']): ImportRunReport {
  const strip = (keys: string[]) => keys.map((key) => key.replace(/^(product|concept):/, ''));
  return {
    source,
    at: at.toISOString(),
    added: strip(scopes.flatMap((s) => s.changes.added)),
    changed: strip(scopes.flatMap((s) => s.changes.changed)),
    removed: strip(scopes.flatMap((s) => s.changes.removed)),
    failed,
    unchanged: scopes.every((s) => s.unchanged),
    version: Math.max(0, ...scopes.map((s) => s.version)),
  };
}

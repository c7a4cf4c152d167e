// Compares two itemized versions of content: what was added, changed and removed.
import type { Items } from './itemize-content.js';

/** Item keys per kind of change, each sorted. */
export interface ContentChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

/** True when nothing was added, changed or removed. */
export function isUnchanged(changes: ContentChanges): boolean {
  return changes.added.length + changes.changed.length + changes.removed.length === 0;
}

/** Compares `before` with `after`. */
export function diffItems(before: Items, after: Items): ContentChanges {
  const added: string[] = [];
  const changed: string[] = [];
  for (const [key, value] of after) {
    const old = before.get(key);
    if (old === undefined) added.push(key);
    else if (old !== value) changed.push(key);
  }
  const removed = [...before.keys()].filter((key) => !after.has(key));
  return { added: added.sort(), changed: changed.sort(), removed: removed.sort() };
}

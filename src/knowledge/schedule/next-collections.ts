// The next waste collection per fraction for one zone, read from the (already holiday-shifted) calendar.

import type { WasteCollection, WasteFraction } from '../content-types.js';
import { WASTE_FRACTIONS } from '../content-types.js';

/** Options for `nextCollections`. */
export interface NextCollectionsOptions {
  /** Skip collections on `fromDate` itself (e.g. asked in the evening). Default false. */
  excludeToday?: boolean;
  /** Only this fraction. Default: every fraction the zone has. */
  fraction?: WasteFraction;
}

/**
 * The first collection on or after `fromDate` for each fraction of `zone`, sorted by date and
 * then by the usual fraction order. Holiday shifts are expected in the calendar data already.
 * Returns an empty list when the calendar has nothing ahead for that zone.
 */
export function nextCollections(
  calendar: readonly WasteCollection[],
  zone: string,
  fromDate: string,
  options: NextCollectionsOptions = {},
): WasteCollection[] {
  const first = new Map<WasteFraction, WasteCollection>();
  for (const entry of calendar) {
    if (entry.zone !== zone) continue;
    if (options.fraction !== undefined && entry.fraction !== options.fraction) continue;
    if (entry.date < fromDate || (options.excludeToday === true && entry.date === fromDate)) continue;
    const known = first.get(entry.fraction);
    if (!known || entry.date < known.date) first.set(entry.fraction, entry);
  }
  const order = (f: WasteFraction): number => WASTE_FRACTIONS.indexOf(f);
  return [...first.values()].sort((a, b) => a.date.localeCompare(b.date) || order(a.fraction) - order(b.fraction));
}

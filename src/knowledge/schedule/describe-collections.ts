// Dutch sentence(s) for upcoming waste collections, for the assistant's reply.

import type { WasteCollection, WasteFraction } from '../content-types.js';
import { dutchDayPhrase } from './describe-day.js';
import { fractionName } from './fraction-name.js';

/** Where and when the reply is about. */
export interface CollectionContext {
  today: string;
  /** Street as the content names it, e.g. "Abdijstraat"; omitted: only the zone is named. */
  street?: string;
  zone: string;
  /** The fraction asked about, used when `collections` is empty. */
  fraction?: WasteFraction;
}

function place(context: CollectionContext): string {
  return context.street === undefined ? `zone ${context.zone}` : `de ${context.street} (zone ${context.zone})`;
}

function day(date: string, today: string): string {
  const { relative, named } = dutchDayPhrase(date, today);
  return relative ? `${relative}, ${named}` : named;
}

/**
 * "De volgende ophaling van gft in de Abdijstraat (zone 1) is op donderdag 10 december." for one
 * collection; a short list for several; a "no collection planned" sentence for none.
 */
export function describeCollections(collections: readonly WasteCollection[], context: CollectionContext): string {
  const [first, ...rest] = collections;
  if (!first) {
    const what = context.fraction === undefined ? '' : ` van ${fractionName(context.fraction)}`;
    return `Er staat geen volgende ophaling${what} in ${place(context)} in de afvalkalender.`;
  }
  if (rest.length === 0) {
    return `De volgende ophaling van ${fractionName(first.fraction)} in ${place(context)} is ${dutchDayPhrase(first.date, context.today).relative === null ? 'op ' : ''}${day(first.date, context.today)}.`;
  }
  const lines = collections.map((c) => `- ${fractionName(c.fraction)}: ${day(c.date, context.today)}`);
  return [`De volgende ophalingen in ${place(context)}:`, ...lines].join('\n');
}

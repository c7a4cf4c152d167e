// Faceted search over published register entries: filters combined with AND, values within a facet with OR.
import { normalizeText } from '../retrieval/index.js';
import { aiActRiskClasses, flemishPrinciples, kindsOfAi, programmes, systemStatuses } from './entry-schema.js';
import type { AiActRiskClass, FlemishPrinciple, KindOfAi, Programme, SystemStatus } from './entry-enums.js';
import type { StoredEntry } from './entry-store.js';
import { compareOrganisationNames, organisationsOf } from './organisations.js';

/** What a resident searches for; every part optional. An empty list is no filter. */
export interface EntrySearch {
  /** Slug of an organisation involved as lead or partner (`organisationSlug`). */
  organisation?: string;
  /** The lead organisation's Loket tenant. */
  tenantId?: string;
  status?: SystemStatus[];
  programme?: Programme[];
  /** Entries that combine several kinds match when any of them is chosen. */
  kind?: KindOfAi[];
  riskClass?: AiActRiskClass[];
  /** Entries that scored themselves on this principle, at least `minScore` (default 1). */
  principle?: FlemishPrinciple;
  /** 1 to 5; only used together with `principle`. */
  minScore?: number;
  /** Words that must all occur (case and accents ignored) in the entry's searchable text. */
  q?: string;
}

/** One value of a facet and how many entries would match with it. */
export interface FacetCount<T extends string> {
  value: T;
  count: number;
}

/** The facets of a search: each counted over the entries that match every other facet. */
export interface EntryFacets {
  /** Organisations by name; those with at least one entry, and the chosen one. */
  organisation: Array<{ slug: string; name: string; count: number }>;
  programme: Array<FacetCount<Programme>>;
  status: Array<FacetCount<SystemStatus>>;
  kind: Array<FacetCount<KindOfAi>>;
  riskClass: Array<FacetCount<AiActRiskClass>>;
  /** Per principle, how many entries have a self-score of at least 1, 2, 3, 4 and 5 (`atLeast[n - 1]`). */
  principle: Array<{ value: FlemishPrinciple; atLeast: number[] }>;
}

/** The matching entries (in the order given), their number and the facets. */
export interface EntrySearchResult {
  entries: StoredEntry[];
  total: number;
  facets: EntryFacets;
}

type Facet = 'organisation' | 'status' | 'programme' | 'kind' | 'riskClass' | 'principle';

interface Indexed {
  stored: StoredEntry;
  organisations: Map<string, string>;
  text: string;
}

const FACET_TESTS: Record<Facet, (item: Indexed, search: EntrySearch) => boolean> = {
  organisation: (item, s) => s.organisation === undefined || item.organisations.has(s.organisation),
  status: (item, s) => anyOf(s.status, (v) => item.stored.entry.status === v),
  programme: (item, s) => anyOf(s.programme, (v) => item.stored.entry.programme === v),
  kind: (item, s) => anyOf(s.kind, (v) => item.stored.entry.kindsOfAi.includes(v)),
  riskClass: (item, s) => anyOf(s.riskClass, (v) => item.stored.entry.aiAct.riskClass === v),
  principle: (item, s) => s.principle === undefined || scoreOf(item, s.principle) >= (s.minScore ?? 1),
};
const FACETS = Object.keys(FACET_TESTS) as Facet[];

/**
 * Filters `entries` (published entries, as `listPublished` returns them) by `search` and counts
 * the facets the standard way: a facet's counts ignore that facet's own choice, so choosing
 * "pilot" does not zero out "in use". Enumerated facets list every value in the schema's order,
 * zero counts included. Pure; the register's few thousand entries are filtered in memory.
 */
export function searchEntries(entries: readonly StoredEntry[], search: EntrySearch): EntrySearchResult {
  const words = normalizeText(search.q ?? '').split(' ').filter(Boolean);
  const base = entries
    .filter((stored) => search.tenantId === undefined || stored.tenantId === search.tenantId)
    .map(indexEntry)
    .filter((item) => words.every((word) => item.text.includes(word)));
  const matching = (except?: Facet) => base.filter((item) => FACETS.every((f) => f === except || FACET_TESTS[f](item, search)));

  const found = matching();
  return {
    entries: found.map((item) => item.stored),
    total: found.length,
    facets: {
      organisation: organisationFacet(matching('organisation'), search.organisation, base),
      programme: countValues(programmes, matching('programme'), (item, v) => item.stored.entry.programme === v),
      status: countValues(systemStatuses, matching('status'), (item, v) => item.stored.entry.status === v),
      kind: countValues(kindsOfAi, matching('kind'), (item, v) => item.stored.entry.kindsOfAi.includes(v)),
      riskClass: countValues(aiActRiskClasses, matching('riskClass'), (item, v) => item.stored.entry.aiAct.riskClass === v),
      principle: principleFacet(matching('principle')),
    },
  };
}

function indexEntry(stored: StoredEntry): Indexed {
  const { entry } = stored;
  const involved = organisationsOf(entry);
  const text = [
    entry.name,
    entry.shortDescription,
    entry.purposeAndImpact,
    ...involved.map((o) => o.name),
    ...entry.themes,
    ...entry.searchTerms,
    entry.supplier ?? '',
  ].join(' \n ');
  return { stored, organisations: new Map(involved.map((o) => [o.slug, o.name])), text: normalizeText(text) };
}

function anyOf<T>(chosen: readonly T[] | undefined, test: (value: T) => boolean): boolean {
  return chosen === undefined || chosen.length === 0 || chosen.some(test);
}

function scoreOf(item: Indexed, principle: FlemishPrinciple): number {
  return item.stored.entry.principles[principle]?.selfScore ?? 0;
}

function countValues<T extends string>(values: readonly T[], items: Indexed[], has: (item: Indexed, value: T) => boolean): Array<FacetCount<T>> {
  return values.map((value) => ({ value, count: items.filter((item) => has(item, value)).length }));
}

function organisationFacet(items: Indexed[], chosen: string | undefined, all: Indexed[]): EntryFacets['organisation'] {
  const counts = new Map<string, { slug: string; name: string; count: number }>();
  for (const item of items) {
    for (const [slug, name] of item.organisations) {
      const known = counts.get(slug) ?? { slug, name, count: 0 };
      known.count += 1;
      counts.set(slug, known);
    }
  }
  // The chosen organisation stays listed (with 0) when the other filters leave it nothing.
  if (chosen !== undefined && !counts.has(chosen)) {
    const name = all.find((item) => item.organisations.has(chosen))?.organisations.get(chosen);
    if (name !== undefined) counts.set(chosen, { slug: chosen, name, count: 0 });
  }
  return [...counts.values()].sort(compareOrganisationNames);
}

function principleFacet(items: Indexed[]): EntryFacets['principle'] {
  return flemishPrinciples.map((value) => ({
    value,
    atLeast: [1, 2, 3, 4, 5].map((min) => items.filter((item) => scoreOf(item, value) >= min).length),
  }));
}

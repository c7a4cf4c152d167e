// Numbers about the published register for the public statistics page and for answers to parliament.
import { normalizeText } from '../retrieval/index.js';
import { aiActRiskClasses, flemishPrinciples, kindsOfAi, programmes, systemStatuses } from './entry-schema.js';
import type { AiActRiskClass, FlemishPrinciple, KindOfAi, Programme, SystemStatus } from './entry-enums.js';
import type { StoredEntry } from './entry-store.js';
import { organisationsOf } from './organisations.js';

/** Per calendar year, how many systems entered each phase. */
export interface TimelineYear {
  year: number;
  /** The earlier of `ideaOn` and `plannedStart`: when the system was first on the table. */
  planned: number;
  pilot: number;
  inUse: number;
  retired: number;
}

/** The register in numbers. Counts per value are in the schema's order, zeros included. */
export interface RegisterStatistics {
  publishedEntries: number;
  /** Local governments involved as lead or partner, told apart by slug. */
  organisations: {
    total: number;
    /** At least one system in use. */
    withSystemInUse: number;
    /** None in use, at least one idea, planned system or pilot. */
    preparingOnly: number;
    /** Only retired systems. */
    retiredOnly: number;
  };
  byStatus: Record<SystemStatus, number>;
  byProgramme: Record<Programme, number>;
  /** An entry combining several kinds counts for each; one without a kind counts for none. */
  byKind: Record<KindOfAi, number>;
  byRiskClass: Record<AiActRiskClass, number>;
  /** Themes grouped ignoring case and accents, shown in their most used spelling; most entries first. */
  byTheme: Array<{ theme: string; count: number }>;
  /** Years with at least one date, ascending; `undated` counts entries without any timeline date. */
  timeline: { years: TimelineYear[]; undated: number };
  /** Average self-score (rounded to two decimals, null when nobody scored) and how many entries scored it. */
  principles: Array<{ principle: FlemishPrinciple; scoredBy: number; averageScore: number | null }>;
}

/**
 * Statistics over `entries` (published entries). With `tenantIds`, only entries whose lead
 * organisation is one of those Loket tenants count (a partner is not a tenant of the entry). Pure.
 */
export function registerStatistics(entries: readonly StoredEntry[], options: { tenantIds?: readonly string[] } = {}): RegisterStatistics {
  const tenants = options.tenantIds;
  const counted = tenants === undefined ? entries : entries.filter((s) => s.tenantId !== null && tenants.includes(s.tenantId));
  const list = counted.map((s) => s.entry);
  const tally = <T extends string>(values: readonly T[], has: (entry: (typeof list)[number], value: T) => boolean) =>
    Object.fromEntries(values.map((value) => [value, list.filter((entry) => has(entry, value)).length])) as Record<T, number>;

  return {
    publishedEntries: list.length,
    organisations: organisationCounts(counted),
    byStatus: tally(systemStatuses, (e, v) => e.status === v),
    byProgramme: tally(programmes, (e, v) => e.programme === v),
    byKind: tally(kindsOfAi, (e, v) => e.kindsOfAi.includes(v)),
    byRiskClass: tally(aiActRiskClasses, (e, v) => e.aiAct.riskClass === v),
    byTheme: themeCounts(counted),
    timeline: timelineCounts(counted),
    principles: flemishPrinciples.map((principle) => {
      const scores = list.flatMap((e) => (e.principles[principle] ? [e.principles[principle].selfScore] : []));
      const average = scores.length === 0 ? null : Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100;
      return { principle, scoredBy: scores.length, averageScore: average };
    }),
  };
}

function organisationCounts(entries: readonly StoredEntry[]): RegisterStatistics['organisations'] {
  const statuses = new Map<string, Set<SystemStatus>>();
  for (const { entry } of entries) {
    for (const { slug } of organisationsOf(entry)) {
      const known = statuses.get(slug) ?? new Set<SystemStatus>();
      known.add(entry.status);
      statuses.set(slug, known);
    }
  }
  const all = [...statuses.values()];
  const withSystemInUse = all.filter((s) => s.has('in-use')).length;
  const preparingOnly = all.filter((s) => !s.has('in-use') && (s.has('idea') || s.has('planned') || s.has('pilot'))).length;
  return { total: all.length, withSystemInUse, preparingOnly, retiredOnly: all.length - withSystemInUse - preparingOnly };
}

function themeCounts(entries: readonly StoredEntry[]): RegisterStatistics['byTheme'] {
  const groups = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const { entry } of entries) {
    const seen = new Set<string>();
    for (const raw of entry.themes) {
      const spelling = raw.trim();
      const key = normalizeText(spelling);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      const group = groups.get(key) ?? { count: 0, spellings: new Map<string, number>() };
      group.count += 1;
      group.spellings.set(spelling, (group.spellings.get(spelling) ?? 0) + 1);
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .map((group) => ({ theme: mostUsed(group.spellings), count: group.count }))
    .sort((a, b) => b.count - a.count || a.theme.localeCompare(b.theme, 'nl'));
}

// The first spelling met wins a tie (Map keeps insertion order).
function mostUsed(spellings: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [spelling, count] of spellings) {
    if (count > bestCount) [best, bestCount] = [spelling, count];
  }
  return best;
}

function timelineCounts(entries: readonly StoredEntry[]): RegisterStatistics['timeline'] {
  const years = new Map<number, TimelineYear>();
  let undated = 0;
  const add = (date: string | undefined, phase: Exclude<keyof TimelineYear, 'year'>) => {
    if (date === undefined) return;
    const year = Number(date.slice(0, 4));
    const row = years.get(year) ?? { year, planned: 0, pilot: 0, inUse: 0, retired: 0 };
    row[phase] += 1;
    years.set(year, row);
  };
  for (const { entry } of entries) {
    const { ideaOn, plannedStart, pilotStart, inUseSince, retiredOn } = entry.timeline;
    if ([ideaOn, plannedStart, pilotStart, inUseSince, retiredOn].every((d) => d === undefined)) undated += 1;
    // Partial dates sort as strings, so the smaller string is the earlier date.
    add([ideaOn, plannedStart].filter((d) => d !== undefined).sort()[0], 'planned');
    add(pilotStart, 'pilot');
    add(inUseSince, 'inUse');
    add(retiredOn, 'retired');
  }
  return { years: [...years.values()].sort((a, b) => a.year - b.year), undated };
}

// The public register as one CSV file: one row per published entry, codes and Dutch labels side by side.
import { flemishPrinciples } from '../entry-schema.js';
import type { StoredEntry } from '../entry-store.js';
import {
  aiActRiskClassLabels,
  aiActRoleLabels,
  kindOfAiLabels,
  personalDataProcessedLabels,
  programmeLabels,
  publicationCategoryLabels,
  reusabilityLabels,
  systemStatusLabels,
} from '../labels.js';
import { writeCsv, type CsvCell } from './write-csv.js';

/** What the CSV export needs from the HTTP layer: the public URL of an entry. */
export interface CsvExportOptions {
  entryUrl: (id: string) => string;
}

const LIST = '; ';

/*
 * Column order is part of the published format: re-users read columns by position as well as by
 * header, so a new column is only ever appended at the end. Headers are the JSON export's field
 * paths. Lists are joined with "; "; `partnerOrganisations.code` lines up with
 * `partnerOrganisations.name` (an empty place where a partner has no code). Dates are written as
 * stored (YYYY, YYYY-MM or YYYY-MM-DD; timestamps ISO 8601 UTC). A `…Label` column repeats the
 * code before it in Dutch.
 */
const COLUMNS: ReadonlyArray<{ header: string; value: (s: StoredEntry, url: string) => CsvCell }> = [
  { header: 'id', value: (s) => s.id },
  { header: 'url', value: (_s, url) => url },
  { header: 'name', value: (s) => s.entry.name },
  { header: 'shortDescription', value: (s) => s.entry.shortDescription },
  { header: 'leadOrganisation.name', value: (s) => s.entry.leadOrganisation.name },
  { header: 'leadOrganisation.code', value: (s) => s.entry.leadOrganisation.code },
  { header: 'partnerOrganisations.name', value: (s) => s.entry.partnerOrganisations.map((o) => o.name).join(LIST) },
  { header: 'partnerOrganisations.code', value: (s) => codes(s) },
  { header: 'department', value: (s) => s.entry.department },
  { header: 'programme', value: (s) => s.entry.programme },
  { header: 'programmeLabel', value: (s) => programmeLabels[s.entry.programme] },
  { header: 'status', value: (s) => s.entry.status },
  { header: 'statusLabel', value: (s) => systemStatusLabels[s.entry.status] },
  { header: 'timeline.ideaOn', value: (s) => s.entry.timeline.ideaOn },
  { header: 'timeline.plannedStart', value: (s) => s.entry.timeline.plannedStart },
  { header: 'timeline.pilotStart', value: (s) => s.entry.timeline.pilotStart },
  { header: 'timeline.inUseSince', value: (s) => s.entry.timeline.inUseSince },
  { header: 'timeline.retiredOn', value: (s) => s.entry.timeline.retiredOn },
  { header: 'kindsOfAi', value: (s) => s.entry.kindsOfAi.join(LIST) },
  { header: 'kindsOfAiLabel', value: (s) => s.entry.kindsOfAi.map((k) => kindOfAiLabels[k]).join(LIST) },
  { header: 'themes', value: (s) => s.entry.themes.join(LIST) },
  { header: 'purposeAndImpact', value: (s) => s.entry.purposeAndImpact },
  { header: 'considerations', value: (s) => s.entry.considerations },
  { header: 'howItWorks', value: (s) => s.entry.howItWorks },
  { header: 'supplier', value: (s) => s.entry.supplier },
  { header: 'sourceCodeLink', value: (s) => s.entry.sourceCodeLink },
  { header: 'data.description', value: (s) => s.entry.data.description },
  { header: 'personalData.processed', value: (s) => s.entry.personalData.processed },
  { header: 'personalData.processedLabel', value: (s) => personalDataProcessedLabels[s.entry.personalData.processed] },
  { header: 'legalBasis.description', value: (s) => s.entry.legalBasis.description },
  { header: 'humanOversight', value: (s) => s.entry.humanOversight },
  { header: 'riskManagement', value: (s) => s.entry.riskManagement },
  { header: 'aiAct.role', value: (s) => s.entry.aiAct.role },
  { header: 'aiAct.roleLabel', value: (s) => aiActRoleLabels[s.entry.aiAct.role] },
  { header: 'aiAct.riskClass', value: (s) => s.entry.aiAct.riskClass },
  { header: 'aiAct.riskClassLabel', value: (s) => aiActRiskClassLabels[s.entry.aiAct.riskClass] },
  { header: 'publicationCategory', value: (s) => s.entry.publicationCategory },
  {
    header: 'publicationCategoryLabel',
    value: (s) => (s.entry.publicationCategory === undefined ? undefined : publicationCategoryLabels[s.entry.publicationCategory]),
  },
  ...flemishPrinciples.map((p) => ({ header: `principles.${p}.selfScore`, value: (s: StoredEntry) => s.entry.principles[p]?.selfScore })),
  { header: 'reusability.reusable', value: (s) => s.entry.reusability.reusable },
  { header: 'reusability.reusableLabel', value: (s) => reusabilityLabels[s.entry.reusability.reusable] },
  { header: 'contact', value: (s) => s.entry.contact },
  { header: 'publicPage', value: (s) => s.entry.publicPage },
  { header: 'compiledFrom.sources', value: (s) => s.entry.compiledFrom?.sources.join(LIST) },
  { header: 'searchTerms', value: (s) => s.entry.searchTerms.join(LIST) },
  { header: 'tenant', value: (s) => s.tenantId },
  { header: 'publishedAt', value: (s) => s.publishedAt?.toISOString() },
  { header: 'updatedAt', value: (s) => s.updatedAt.toISOString() },
];

/** The CSV headers in their published order. */
export const entryCsvHeaders: readonly string[] = COLUMNS.map((c) => c.header);

/**
 * The entries as CSV (RFC 4180, CRLF, header row, formula-injection guarded; no byte order mark,
 * as this file is for machines first), one row per entry in the order given. Never includes who
 * wrote or reviewed an entry. Pure.
 */
export function entriesToCsv(entries: readonly StoredEntry[], options: CsvExportOptions): string {
  const columns = COLUMNS.map((c, index) => ({ key: `c${index}`, header: c.header }));
  const rows = entries.map((stored) => {
    const url = options.entryUrl(stored.id);
    return Object.fromEntries(COLUMNS.map((c, index) => [`c${index}`, c.value(stored, url)]));
  });
  return writeCsv(columns, rows);
}

function codes(stored: StoredEntry): string {
  const partners = stored.entry.partnerOrganisations;
  return partners.some((o) => o.code) ? partners.map((o) => o.code ?? '').join(LIST) : '';
}

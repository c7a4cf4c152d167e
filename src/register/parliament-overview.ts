// The annex to an answer to parliament: one row per published entry and local government involved.
import type { StoredEntry } from './entry-store.js';
import { writeCsv, type CsvColumn } from './exports/write-csv.js';
import { programmeLabels, systemStatusLabels } from './labels.js';
import { compareOrganisationNames, organisationsOf } from './organisations.js';
import { timingPhrase } from './timing-phrase.js';

/** One line of the annex: an organisation and one system it leads or takes part in. */
export interface OverviewRow {
  organisationName: string;
  organisationCode?: string;
  role: 'lead' | 'partner';
  entryId: string;
  entryName: string;
  /** Dutch label. */
  programme: string;
  /** The entry's short description. */
  purpose: string;
  /** Dutch label. */
  status: string;
  /** A Dutch phrase such as "in gebruik sinds oktober 2023" (`timingPhrase`). */
  timing: string;
  supplier?: string;
  url: string;
}

/**
 * One row per (entry × organisation involved), lead and partners alike, so every local government
 * finds all its systems under its own name. Sorted by organisation name (Dutch collation), then
 * entry name, then entry id. `entryUrl` gives an entry's public page, as the HTTP layer decides. Pure.
 */
export function parliamentOverview(entries: readonly StoredEntry[], options: { entryUrl: (id: string) => string }): OverviewRow[] {
  const rows = entries.flatMap((stored) => {
    const { entry } = stored;
    const shared = {
      entryId: stored.id,
      entryName: entry.name,
      programme: programmeLabels[entry.programme],
      purpose: entry.shortDescription,
      status: systemStatusLabels[entry.status],
      timing: timingPhrase(entry),
      ...(entry.supplier ? { supplier: entry.supplier } : {}),
      url: options.entryUrl(stored.id),
    };
    return organisationsOf(entry).map((organisation) => ({
      sortSlug: organisation.slug,
      row: {
        organisationName: organisation.name,
        ...(organisation.code ? { organisationCode: organisation.code } : {}),
        role: organisation.role,
        ...shared,
      } satisfies OverviewRow,
    }));
  });
  return rows
    .sort(
      (a, b) =>
        compareOrganisationNames({ name: a.row.organisationName, slug: a.sortSlug }, { name: b.row.organisationName, slug: b.sortSlug }) ||
        a.row.entryName.localeCompare(b.row.entryName, 'nl') ||
        a.row.entryId.localeCompare(b.row.entryId),
    )
    .map((item) => item.row);
}

const ROLE_LABELS: Record<OverviewRow['role'], string> = { lead: 'trekker', partner: 'partner' };

const COLUMNS: ReadonlyArray<CsvColumn<keyof OverviewRow>> = [
  { key: 'organisationName', header: 'Organisatie' },
  { key: 'organisationCode', header: 'Code organisatie' },
  { key: 'role', header: 'Rol' },
  { key: 'entryId', header: 'Id' },
  { key: 'entryName', header: 'Naam' },
  { key: 'programme', header: 'Programma' },
  { key: 'purpose', header: 'Doel' },
  { key: 'status', header: 'Status' },
  { key: 'timing', header: 'Timing' },
  { key: 'supplier', header: 'Leverancier' },
  { key: 'url', header: 'Link' },
];

/**
 * The annex as CSV with Dutch headers and the role in Dutch ("trekker", "partner"). It starts with
 * a UTF-8 byte order mark: the annex is opened in a spreadsheet, which needs it to show accents.
 */
export function overviewToCsv(rows: readonly OverviewRow[]): string {
  return writeCsv(
    COLUMNS,
    rows.map((row) => ({ ...row, role: ROLE_LABELS[row.role] })),
    { bom: true },
  );
}

// Renames a record written with the public schema's property names to the application's internal names.
import type { InternalAlgoritmeregisterRecord } from './algoritmeregister-record.js';

// Public property → internal field, after derived/nl-algoritmeregister-internal-vs-schema-names.json;
// the flat link/title pairs are regrouped below.
const renames: Record<string, keyof InternalAlgoritmeregisterRecord> = {
  name: 'name',
  description_short: 'description_short',
  organization: 'organization',
  theme: 'category',
  status: 'status',
  start_date: 'begin_date',
  end_date: 'end_date',
  contact: 'contact_email',
  link: 'website',
  publication_category: 'publication_category',
  source_link: 'url',
  purpose_and_impact: 'goal',
  considerations: 'proportionality',
  human_intervention: 'human_intervention',
  risk_management: 'risks',
  legal_basis: 'lawful_basis',
  processing_register_link: 'process_index_url',
  impact_assessment_explanation: 'impacttoetsen',
  data: 'source_data',
  technical_operation: 'methods_and_models',
  supplier: 'provider',
  source_code_link: 'publiccode',
  language: 'lang',
  schema: 'standard_version',
  source_id: 'source_id',
  search_terms: 'tags',
};

/** True when `record` uses the public schema's names (it has properties only the public schema has). */
export function isPublicAlgoritmeregisterRecord(record: object): boolean {
  return 'purpose_and_impact' in record || 'technical_operation' in record;
}

/**
 * The internal-name record for a public-name record. `impact_assessments` is split on ", " into
 * one assessment per title ("Geen" means none); its single link goes to the first. Unknown
 * properties are dropped.
 */
export function publicToInternal(record: Record<string, unknown>): InternalAlgoritmeregisterRecord {
  const internal: Record<string, unknown> = {};
  for (const [publicName, internalName] of Object.entries(renames)) {
    if (publicName in record) internal[internalName] = record[publicName];
  }
  const str = (key: string): string | null => (typeof record[key] === 'string' ? record[key] : null);
  const pair = (title: string, link: string) =>
    str(title) !== null || str(link) !== null ? [{ title: str(title), link: str(link) }] : null;
  internal.lawful_basis_grouping = pair('legal_basis_title', 'legal_basis_link');
  internal.source_data_grouping = pair('data_source_title', 'data_source_link');
  const assessments = str('impact_assessments');
  internal.impacttoetsen_grouping =
    assessments === null || assessments.trim() === 'Geen'
      ? null
      : assessments.split(', ').map((title, index) => ({ title, link: index === 0 ? str('impact_assessment_link') : null }));
  return internal as InternalAlgoritmeregisterRecord;
}

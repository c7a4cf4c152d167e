// Shapes of Algoritmeregister 1.0 records (public schema names and the application's internal names) and their value lists.

/** A record in the published JSON Schema `publicatiestandaard-v1.0.0.schema.json`. */
export interface AlgoritmeregisterRecord {
  name: string;
  description_short: string;
  organization: string;
  theme: string[];
  status: AlgoritmeregisterStatus;
  start_date: string;
  end_date?: string;
  contact: string;
  link?: string;
  publication_category: (typeof publicCategoryLabels)[keyof typeof publicCategoryLabels];
  source_link?: string;
  purpose_and_impact: string;
  considerations: string;
  human_intervention: string;
  risk_management: string;
  legal_basis?: string;
  legal_basis_link?: string;
  legal_basis_title?: string;
  processing_register_link?: string;
  impact_assessments: string;
  impact_assessment_link?: string;
  impact_assessment_explanation?: string;
  data: string;
  data_source_link?: string;
  data_source_title?: string;
  technical_operation: string;
  supplier: string;
  source_code_link?: string;
  language: 'nld';
  schema: '1.0.0';
  source_id?: string;
  search_terms?: string;
}

export type AlgoritmeregisterStatus = 'In ontwikkeling' | 'In gebruik' | 'Buiten gebruik';
export const algoritmeregisterStatuses: readonly AlgoritmeregisterStatus[] = ['In ontwikkeling', 'In gebruik', 'Buiten gebruik'];

/** Publication category labels of the public schema, by our stored value. */
export const publicCategoryLabels = {
  'high-risk-ai': 'Hoog-risico AI-systeem (Categorie A)',
  impactful: 'Impactvolle algoritmes (Categorie B)',
  other: 'Overige algoritmes (Categorie C)',
} as const;

/** Internal labels lack the "(Categorie X)" suffix; both spellings are accepted on import. */
export const internalCategoryLabels = {
  'high-risk-ai': 'Hoog-risico AI-systeem',
  impactful: 'Impactvolle algoritmes',
  other: 'Overige algoritmes',
} as const;

/** A `{title, link}` item of the internal `*_grouping` lists. */
export interface InternalLink {
  title?: string | null;
  link?: string | null;
}

/**
 * A record as the Algoritmeregister application stores it (samples-v1.0, CSV/Excel exports):
 * internal names, nulls and empty strings for absent values, HTML in text fields.
 */
export interface InternalAlgoritmeregisterRecord {
  id?: string | null;
  name?: string | null;
  description_short?: string | null;
  organization?: string | null;
  type?: string | null;
  category?: string[] | null;
  publication_category?: string | null;
  website?: string | null;
  status?: string | null;
  begin_date?: string | null;
  end_date?: string | null;
  contact_email?: string | null;
  url?: string | null;
  goal?: string | null;
  proportionality?: string | null;
  human_intervention?: string | null;
  risks?: string | null;
  lawful_basis?: string | null;
  lawful_basis_grouping?: InternalLink[] | null;
  process_index_url?: string | null;
  impacttoetsen?: string | null;
  impacttoetsen_grouping?: InternalLink[] | null;
  source_data?: string | null;
  source_data_link?: string | null;
  source_data_grouping?: InternalLink[] | null;
  methods_and_models?: string | null;
  provider?: string | null;
  publiccode?: string | null;
  lang?: string | null;
  standard_version?: string | null;
  source_id?: string | null;
  tags?: string | null;
}

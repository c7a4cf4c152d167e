// Imports one record of the Dutch Algoritmeregister standard 1.0 (internal field names) as a register entry.
import type { Problem } from '../errors/index.js';
import type { RegisterEntry, RegisterEntryInput } from './entry-schema.js';
import { htmlToText } from './html-to-text.js';
import { validateRegisterEntry } from './validate-register-entry.js';
import { isPublicAlgoritmeregisterRecord, publicToInternal } from './public-to-internal.js';
import {
  internalCategoryLabels,
  publicCategoryLabels,
  type InternalAlgoritmeregisterRecord,
  type InternalLink,
} from './algoritmeregister-record.js';

/** What the importing organisation supplies for values the record lacks (vendor templates leave them empty). */
export interface ImportDefaults {
  /** Used when `organization` is empty: one registration is about one organisation. */
  organisation?: { name: string; code?: string };
  /** Used when `contact_email` is empty. */
  contact?: string;
  /** Programme the entry belongs to; the standard has no such field. Default `own`. */
  programme?: RegisterEntry['programme'];
}

/** Outcome of an import: the entry, or one problem per faulty field, named by the internal field name. */
export type AlgoritmeregisterImport = { ok: true; entry: RegisterEntry } | { ok: false; problems: Problem[] };

// Our entry path → the internal field it came from, so problems name what the record's author wrote.
const sourceFields: Record<string, string> = {
  name: 'name',
  shortDescription: 'description_short',
  leadOrganisation: 'organization',
  'leadOrganisation.name': 'organization',
  themes: 'category',
  publicationCategory: 'publication_category',
  publicPage: 'website',
  status: 'status',
  'timeline.retiredOn': 'end_date',
  timeline: 'begin_date',
  contact: 'contact_email',
  sourceRegistration: 'url',
  purposeAndImpact: 'goal',
  considerations: 'proportionality',
  humanOversight: 'human_intervention',
  riskManagement: 'risks',
  'legalBasis.description': 'lawful_basis',
  'legalBasis.references': 'lawful_basis_grouping',
  'personalData.processingRegisterLink': 'process_index_url',
  impactAssessmentNote: 'impacttoetsen',
  impactAssessments: 'impacttoetsen_grouping',
  'data.description': 'source_data',
  'data.sources': 'source_data_grouping',
  howItWorks: 'methods_and_models',
  supplier: 'provider',
  sourceCodeLink: 'publiccode',
  sourceId: 'source_id',
  searchTerms: 'tags',
};

const statuses: Record<string, RegisterEntry['status']> = {
  'in ontwikkeling': 'planned',
  'in gebruik': 'in-use',
  'buiten gebruik': 'retired',
};

const kinds: Record<string, RegisterEntry['kindsOfAi'][number]> = {
  'op regels gebaseerd': 'rule-based',
  zelflerend: 'machine-learning',
};

/**
 * Converts one Algoritmeregister 1.0 record into a validated entry: internal field names (as in
 * samples-v1.0) or the public schema's names (as `toAlgoritmeregister` writes them).
 * HTML in text fields becomes plain text; null and "" mean absent; YYYY-MM dates become the first
 * of the month; fields the standard lacks take `defaults` or the schema's defaults. Never throws:
 * an invalid record yields every problem found, each naming the internal field.
 */
export function fromAlgoritmeregister(record: unknown, defaults: ImportDefaults = {}): AlgoritmeregisterImport {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { ok: false, problems: [{ field: '(record)', message: 'must be a JSON object' }] };
  }
  const r = isPublicAlgoritmeregisterRecord(record)
    ? publicToInternal(record as Record<string, unknown>)
    : (record as InternalAlgoritmeregisterRecord);
  const problems: Problem[] = [];

  const lang = present(r.lang);
  if (lang !== undefined && lang.toLowerCase() !== 'nld') problems.push({ field: 'lang', message: `unsupported language "${lang}", only nld` });
  const version = present(r.standard_version);
  if (version !== undefined && version !== '1.0' && version !== '1.0.0') {
    problems.push({ field: 'standard_version', message: `unsupported standard version "${version}", expected 1.0` });
  }

  const statusText = present(r.status);
  const status = statusText === undefined ? undefined : statuses[statusText.toLowerCase()];
  if (statusText !== undefined && status === undefined) {
    problems.push({ field: 'status', message: `unknown status "${statusText}", expected In ontwikkeling, In gebruik or Buiten gebruik` });
  }
  const categoryText = present(r.publication_category);
  const publicationCategory = categoryText === undefined ? undefined : categoryFrom(categoryText);
  if (categoryText !== undefined && publicationCategory === undefined) {
    problems.push({ field: 'publication_category', message: `unknown publication category "${categoryText}"` });
  }
  const beginDate = monthToDate(present(r.begin_date), 'begin_date', problems);
  const endDate = monthToDate(present(r.end_date), 'end_date', problems);

  const organisationName = present(r.organization);
  const dataSources = [...links(r.source_data_grouping), ...sourceDataLinks(present(r.source_data_link), problems)];
  const kind = kinds[present(r.type)?.toLowerCase() ?? ''];

  const input: RegisterEntryInput = {
    name: text(r.name) ?? '',
    shortDescription: text(r.description_short) ?? '',
    leadOrganisation: organisationName !== undefined ? { name: organisationName } : (defaults.organisation ?? { name: '' }),
    programme: defaults.programme ?? 'own',
    themes: (r.category ?? []).map((theme) => theme.trim()).filter((theme) => theme !== ''),
    purposeAndImpact: text(r.goal) ?? '',
    considerations: text(r.proportionality),
    howItWorks: text(r.methods_and_models) ?? '',
    kindsOfAi: kind === undefined ? [] : [kind],
    status: status ?? 'planned',
    timeline:
      status === 'planned'
        ? { plannedStart: beginDate }
        : { inUseSince: beginDate, retiredOn: status === 'retired' ? endDate : undefined },
    supplier: text(r.provider),
    sourceCodeLink: present(r.publiccode),
    data: { description: text(r.source_data), sources: dataSources },
    personalData: { processed: 'unknown', processingRegisterLink: present(r.process_index_url) },
    legalBasis: { description: text(r.lawful_basis), references: links(r.lawful_basis_grouping) },
    humanOversight: text(r.human_intervention) ?? '',
    riskManagement: text(r.risks),
    publicationCategory,
    impactAssessments: links(r.impacttoetsen_grouping).map((a) => ({ kind: assessmentKind(a.title), ...a })),
    impactAssessmentNote: text(r.impacttoetsen),
    contact: present(r.contact_email) ?? defaults.contact ?? '',
    publicPage: present(r.website),
    sourceRegistration: present(r.url),
    searchTerms: (text(r.tags) ?? '').split(/[,\n]/).map((term) => term.trim()).filter((term) => term !== ''),
    sourceId: present(r.source_id),
  };
  if (statusText === undefined) problems.push({ field: 'status', message: 'is required' });

  const validation = validateRegisterEntry(input);
  if (!validation.ok) problems.push(...validation.problems.map((p) => ({ ...p, field: sourceField(p.field ?? '') })));
  if (problems.length > 0 || !validation.ok) return { ok: false, problems };
  return { ok: true, entry: validation.entry };
}

function present(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

function text(value: string | null | undefined): string | undefined {
  return present(value === null || value === undefined ? undefined : htmlToText(value));
}

function links(items: InternalLink[] | null | undefined): { title: string; link?: string }[] {
  return (items ?? []).flatMap((item) => {
    const title = present(item.title);
    const link = present(item.link);
    if (title === undefined && link === undefined) return [];
    return [link === undefined ? { title: title ?? '' } : { title: title ?? link, link }];
  });
}

// `source_data_link` is not in the 1.0 mapping but the samples use it, sometimes as lines of "title: URL".
function sourceDataLinks(value: string | undefined, problems: Problem[]): { title: string; link: string }[] {
  if (value === undefined) return [];
  return value.split('\n').flatMap((line) => {
    const trimmed = line.trim();
    if (trimmed === '') return [];
    const match = /^(?:(.+?):\s+)?(https?:\/\/\S+)$/.exec(trimmed);
    if (!match?.[2]) {
      problems.push({ field: 'source_data_link', message: `must be a URL or lines "title: URL", got "${trimmed}"` });
      return [];
    }
    return [{ title: match[1]?.trim() ?? match[2], link: match[2] }];
  });
}

function categoryFrom(label: string): RegisterEntry['publicationCategory'] {
  for (const key of Object.keys(publicCategoryLabels) as (keyof typeof publicCategoryLabels)[]) {
    if (label === publicCategoryLabels[key] || label === internalCategoryLabels[key]) return key;
  }
  return undefined;
}

function assessmentKind(title: string): RegisterEntry['impactAssessments'][number]['kind'] {
  const upper = title.toUpperCase();
  for (const kind of ['dpia', 'iama', 'fraia', 'aiia'] as const) if (upper.includes(kind.toUpperCase())) return kind;
  return 'other';
}

function monthToDate(month: string | undefined, field: string, problems: Problem[]): string | undefined {
  if (month === undefined) return undefined;
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
    problems.push({ field, message: `must be a month written YYYY-MM, got "${month}"` });
    return undefined;
  }
  return `${month}-01`;
}

function sourceField(path: string): string {
  const match = Object.keys(sourceFields)
    .filter((key) => path === key || path.startsWith(`${key}.`))
    .sort((a, b) => b.length - a.length)[0];
  if (match === undefined) return path;
  return `${sourceFields[match]}${path.slice(match.length)}`;
}

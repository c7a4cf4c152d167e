// Exports one register entry as a record of the Dutch Algoritmeregister publication standard 1.0.
import type { Problem } from '../errors/index.js';
import type { RegisterEntry } from './entry-schema.js';
import { publicCategoryLabels, type AlgoritmeregisterRecord, type AlgoritmeregisterStatus } from './algoritmeregister-record.js';

/*
 * Our mapping (entry field → Algoritmeregister 1.0 property):
 *
 * | entry                                   | Algoritmeregister 1.0            | note                                              |
 * |-----------------------------------------|----------------------------------|---------------------------------------------------|
 * | name                                    | name                             |                                                   |
 * | shortDescription                        | description_short                |                                                   |
 * | leadOrganisation.name                   | organization                     | partners are not exported (one organisation only) |
 * | themes                                  | theme                            |                                                   |
 * | status                                  | status                           | idea/planned/pilot → In ontwikkeling              |
 * | timeline.inUseSince (in-use, retired)   | start_date (YYYY-MM)             | day dropped (a year alone: not exported)         |
 * | timeline.pilotStart ?? plannedStart ??  | start_date (YYYY-MM)             | for idea/planned/pilot                            |
 * |   ideaOn                                |                                  |                                                   |
 * | timeline.retiredOn                      | end_date (YYYY-MM)               |                                                   |
 * | contact                                 | contact                          |                                                   |
 * | publicPage                              | link                             |                                                   |
 * | publicationCategory                     | publication_category             | with the "(Categorie A/B/C)" suffix               |
 * | sourceRegistration                      | source_link                      |                                                   |
 * | purposeAndImpact                        | purpose_and_impact               |                                                   |
 * | considerations                          | considerations                   |                                                   |
 * | humanOversight                          | human_intervention               |                                                   |
 * | riskManagement, else risks as lines     | risk_management                  | "risk — mitigation" per line                      |
 * | legalBasis.description                  | legal_basis                      |                                                   |
 * | legalBasis.references[0]                | legal_basis_title/_link          | further references are not exported               |
 * | personalData.processingRegisterLink     | processing_register_link         |                                                   |
 * | impactAssessments titles                | impact_assessments               | joined with ", "; "Geen" when none and a note     |
 * | impactAssessments[first with link]      | impact_assessment_link           |                                                   |
 * | impactAssessmentNote                    | impact_assessment_explanation    |                                                   |
 * | data.description                        | data                             |                                                   |
 * | data.sources[0]                         | data_source_title/_link          | further sources are not exported                  |
 * | howItWorks                              | technical_operation              |                                                   |
 * | supplier                                | supplier                         |                                                   |
 * | sourceCodeLink                          | source_code_link                 |                                                   |
 * | sourceId                                | source_id                        |                                                   |
 * | searchTerms                             | search_terms                     | joined with ", "                                  |
 * | (constant)                              | language = "nld", schema = 1.0.0 |                                                   |
 *
 * Not in the standard, so not exported: partnerOrganisations, department, programme, kindsOfAi,
 * the status distinction idea/planned/pilot, personalData.processed/description, aiAct role and
 * risk class, principles, risks as a list (only as text), objectionRoute, revisionDate,
 * lessonsLearned, reusability, organisation codes.
 */

/** Outcome of an export: a record that fits the standard, or the mandatory fields the entry lacks. */
export type AlgoritmeregisterExport = { ok: true; record: AlgoritmeregisterRecord } | { ok: false; problems: Problem[] };

const statusLabels: Record<RegisterEntry['status'], AlgoritmeregisterStatus> = {
  idea: 'In ontwikkeling',
  planned: 'In ontwikkeling',
  pilot: 'In ontwikkeling',
  'in-use': 'In gebruik',
  retired: 'Buiten gebruik',
};

/**
 * Maps a validated entry onto the Algoritmeregister 1.0 shape (table above). Never throws;
 * when a property the standard makes mandatory has no source in the entry (no start date,
 * no considerations, …) it returns one problem per such property, named by the standard's name,
 * rather than inventing a value.
 */
export function toAlgoritmeregister(entry: RegisterEntry): AlgoritmeregisterExport {
  const problems: Problem[] = [];
  const need = (field: string, value: string | undefined, why: string): string => {
    if (value === undefined || value === '') problems.push({ field, message: `required by the standard: ${why}` });
    return value ?? '';
  };

  const { timeline } = entry;
  const started =
    entry.status === 'in-use' || entry.status === 'retired'
      ? timeline.inUseSince
      : (timeline.pilotStart ?? timeline.plannedStart ?? timeline.ideaOn);
  const riskText =
    entry.riskManagement ?? (entry.risks.length > 0 ? entry.risks.map((r) => `${r.risk} — ${r.mitigation}`).join('\n') : undefined);
  const assessmentTitles =
    entry.impactAssessments.length > 0
      ? entry.impactAssessments.map((a) => a.title).join(', ')
      : entry.impactAssessmentNote !== undefined
        ? 'Geen'
        : undefined;
  const legalReference = entry.legalBasis.references[0];
  const dataSource = entry.data.sources[0];
  const assessmentLink = entry.impactAssessments.find((a) => a.link !== undefined)?.link;

  const record: AlgoritmeregisterRecord = {
    name: entry.name,
    description_short: entry.shortDescription,
    organization: entry.leadOrganisation.name,
    theme: entry.themes,
    status: statusLabels[entry.status],
    start_date: need('start_date', toMonth(started), `timeline date for status "${entry.status}"`),
    contact: need('contact', entry.contact, 'contact'),
    publication_category: publicCategoryLabels[
      need('publication_category', entry.publicationCategory, 'publicationCategory') as keyof typeof publicCategoryLabels
    ],
    purpose_and_impact: entry.purposeAndImpact,
    considerations: need('considerations', entry.considerations, 'considerations'),
    human_intervention: need('human_intervention', entry.humanOversight, 'humanOversight'),
    risk_management: need('risk_management', riskText, 'riskManagement or risks'),
    impact_assessments: need('impact_assessments', assessmentTitles, 'impactAssessments or impactAssessmentNote'),
    data: need('data', entry.data.description, 'data.description'),
    technical_operation: entry.howItWorks,
    supplier: need('supplier', entry.supplier, 'supplier ("Intern ontwikkeld" when built in-house)'),
    language: 'nld',
    schema: '1.0.0',
  };
  const optional: Partial<AlgoritmeregisterRecord> = {
    end_date: entry.status === 'retired' ? toMonth(timeline.retiredOn) : undefined,
    link: entry.publicPage,
    source_link: entry.sourceRegistration,
    legal_basis: entry.legalBasis.description,
    legal_basis_title: legalReference?.title,
    legal_basis_link: legalReference?.link,
    processing_register_link: entry.personalData.processingRegisterLink,
    impact_assessment_link: assessmentLink,
    impact_assessment_explanation: entry.impactAssessmentNote,
    data_source_title: dataSource?.title,
    data_source_link: dataSource?.link,
    source_code_link: entry.sourceCodeLink,
    source_id: entry.sourceId,
    search_terms: entry.searchTerms.length > 0 ? entry.searchTerms.join(', ') : undefined,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) Object.assign(record, { [key]: value });
  }
  if ((legalReference?.title.length ?? 0) > 99) {
    problems.push({ field: 'legal_basis_title', message: 'must be at most 99 characters in the standard' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, record };
}

/** YYYY-MM from a date known to at least the month; a year alone does not say the month the standard asks for. */
function toMonth(date: string | undefined): string | undefined {
  return date !== undefined && date.length >= 7 ? date.slice(0, 7) : undefined;
}

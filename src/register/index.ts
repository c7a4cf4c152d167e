// Front door of the AI register: the entry schema, the Algoritmeregister 1.0 import and export, storage and review workflow.
export {
  registerEntrySchema,
  isoDateSchema,
  programmes,
  systemStatuses,
  kindsOfAi,
  aiActRoles,
  aiActRiskClasses,
  publicationCategories,
  impactAssessmentKinds,
  flemishPrinciples,
  type RegisterEntry,
  type RegisterEntryInput,
} from './entry-schema.js';
export { validateRegisterEntry, type EntryValidation } from './validate-register-entry.js';
export { toAlgoritmeregister, type AlgoritmeregisterExport } from './to-algoritmeregister.js';
export { fromAlgoritmeregister, type AlgoritmeregisterImport, type ImportDefaults } from './from-algoritmeregister.js';
export type { AlgoritmeregisterRecord, InternalAlgoritmeregisterRecord } from './algoritmeregister-record.js';
export {
  createDraft,
  updateDraft,
  submit,
  publish,
  reject,
  retract,
  getEntry,
  listPublished,
  getPublicEntry,
  listEntries,
  type EntryFilter,
  getHistory,
  latestRejectionReasons,
  changedFields,
  type StoredEntry,
  type HistoryStep,
  type PublishedFilter,
} from './entry-store.js';
export { nextState, statesAllowing, entryStates, entryActions, type EntryState, type EntryAction, type TransitionAction } from './workflow.js';
export { getPublicHistory, fieldChanges, type PublicVersion, type FieldChange } from './public-history.js';
export { createDraftIn, createPublishedIn, moveEntryIn, findEntryBySystemKey, hasEntryNamed, type EntryMove } from './entry-store.js';
export { parseEntryFile, MAX_ENTRY_FILE_BYTES, MAX_ENTRIES_PER_FILE, type ParsedEntryFile } from './parse-entry-file.js';
export { importEntryFile, readEntryFile, type EntryFileImport, type EntryFileImportResult } from './import-entries.js';
export { tenantOrganisation, tenantContact } from './tenant-organisation.js';
export { assistantEntry, assistantTransparencyUrl } from './assistant-entry.js';
export {
  syncAssistantEntry,
  syncAllAssistantEntries,
  findPublishedAssistantEntryId,
  ASSISTANT_ENTRY_ACTOR,
  type AssistantEntrySync,
  type AssistantEntriesSync,
} from './sync-assistant-entry.js';
export { seedRegisterExamples, REGISTER_EXAMPLES_ACTOR } from './seed-examples.js';
// The public face of the register: labels, organisations, faceted search, statistics, the parliament annex, the change log and the exports.
export type {
  Programme,
  SystemStatus,
  KindOfAi,
  AiActRole,
  AiActRiskClass,
  PublicationCategory,
  ImpactAssessmentKind,
  FlemishPrinciple,
  PersonalDataProcessed,
  Reusability,
} from './entry-enums.js';
export {
  programmeLabels,
  systemStatusLabels,
  kindOfAiLabels,
  aiActRoleLabels,
  aiActRiskClassLabels,
  publicationCategoryLabels,
  impactAssessmentKindLabels,
  flemishPrincipleLabels,
  personalDataProcessedLabels,
  reusabilityLabels,
  entryFieldLabels,
  entryFieldLabel,
  entryStateLabels,
  entryActionLabels,
  publicActionLabels,
} from './labels.js';
export { organisationsOf, organisationSlug, listOrganisations, type InvolvedOrganisation, type RegisterOrganisation } from './organisations.js';
export { searchEntries, type EntrySearch, type EntrySearchResult, type EntryFacets, type FacetCount } from './search-entries.js';
export { parseEntrySearch, entrySearchParameters } from './parse-entry-search.js';
export { registerStatistics, type RegisterStatistics, type TimelineYear } from './statistics.js';
export { formatPartialDate, timingPhrase } from './timing-phrase.js';
export { parliamentOverview, overviewToCsv, type OverviewRow } from './parliament-overview.js';
export { listPublicChanges, isPublicStep, type PublicChange, type PublicChangeKind } from './change-log.js';
export { entriesToCsv, entryCsvHeaders, type CsvExportOptions } from './exports/csv.js';
export { entriesToJson, type PublicEntryJson, type PublicRegisterJson } from './exports/json.js';
export { entriesToDcat, catalogueFormats, type CatalogueFormat, type DcatOptions, type JsonLdNode } from './exports/dcat.js';
export { changesToAtom, type AtomOptions } from './exports/atom.js';

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
  getHistory,
  changedFields,
  type StoredEntry,
  type HistoryStep,
  type PublishedFilter,
} from './entry-store.js';
export { nextState, statesAllowing, entryStates, entryActions, type EntryState, type EntryAction, type TransitionAction } from './workflow.js';

// Front door of the knowledge module: the content model, importing it, and reading it back.
export * from './content-types.js';
export { importContent } from './import-content.js';
export { applyContent, type ImportReport, type ScopeReport } from './apply-content.js';
export { applyImportedContent, type ImportedContent } from './apply-imported-content.js';
export type { ContentChanges } from './diff-items.js';
export { readContentSource, MAX_IMPORT_FILE_BYTES, type ContentSource } from './read-content-source.js';
export { loadTenantContent } from './tenant-content-store.js';
export { editInstance, type InstanceEdit } from './edit-instance.js';
export { loadConcepts } from './concept-store.js';
export { canonicalJson } from './itemize-content.js';
export { latestVersion, REGIONAL_SCOPE, type ContentVersion } from './version-store.js';
export * from './schedule/index.js';

// Front door of the importers: the product catalogue (IPDC/LPDC files and feeds), municipal websites and FAQ sheets.
export { runImport, runImportSource, type ImportRequest, type ImportContext } from './run-import.js';
export { listImportSources, claimDueImportSources, IMPORT_KINDS, type ImportKind, type ImportSource } from './import-source-store.js';
export type { ImportRunReport } from './import-report.js';
export { startResyncJob } from './resync-job.js';

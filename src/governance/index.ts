// Front door of governance: personal-data redaction (retention, audit log and disclosure to follow).

export { containsPersonalData } from './contains-personal-data.js';
export { findPersonalData, type RedactionOptions } from './find-personal-data.js';
export { PERSONAL_DATA_KINDS, type PersonalDataFinding, type PersonalDataKind } from './personal-data-kinds.js';
export { PERSONAL_DATA_PLACEHOLDERS } from './personal-data-placeholders.js';
export { redactPersonalData, type RedactionResult } from './redact-personal-data.js';
export { appendAudit } from './audit/append-audit.js';
export { listAudit, verifyAuditChain, type StoredAuditEntry, type ChainCheck } from './audit/read-audit.js';
export type { AuditEntry } from './audit/audit-entry.js';
export { purgeExpiredConversations } from './retention/purge-expired.js';

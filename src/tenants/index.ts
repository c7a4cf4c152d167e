// Front door of the tenants module: municipalities, staff accounts, sessions, tokens, roles and policies.
export { listTenants, findTenant, getTenant, upsertTenant, countTenants } from './tenant-store.js';
export { ROLES, type Role, type Actor } from './roles.js';
export * from './policies.js';
export { createApiToken, findTokenActor, ensureBootstrapToken } from './token-store.js';
export {
  createAccount, signInWithPassword, findAccountForOidc, findAccount, accountActor,
  LOCKOUT_AFTER, LOCKOUT_MINUTES, MIN_PASSWORD_LENGTH, type Account,
} from './account-store.js';
export { createSession, findSession, deleteSession, purgeExpiredSessions, SESSION_HOURS } from './session-store.js';
export { sameSecret } from './secret-token.js';
export { getTenantSettings, saveTenantSettings, tenantSettingsSchema, DEFAULT_RETENTION_DAYS, type TenantSettings } from './tenant-settings.js';

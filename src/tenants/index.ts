// Front door of the tenants module: municipalities and (later) their accounts and settings.
export { listTenants, findTenant, getTenant, upsertTenant, countTenants } from './tenant-store.js';

// The declared access rules of every staff route. The route walker test checks each declaration
// against what the route really does (401 without credentials, 404 for another municipality,
// 403 for a role that is too low), so a new staff route cannot ship without its rule.
import type { Role } from '../../tenants/index.js';

export interface StaffRouteRule {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** OpenAPI-style path; `{tenant}` is the municipality whose resource it is. */
  path: string;
  /** Roles a municipality's own staff need (platform admins may always). */
  roles: readonly Role[];
  /** Where the municipality is named: in the path, in the body's `tenant`, or nowhere (platform-wide). */
  tenantIn: 'path' | 'body' | 'none';
  /** A valid body for the walker to send (with `tenant` filled in when tenantIn is 'body'). */
  sampleBody?: Record<string, unknown>;
  /** For paths with `{entryId}`: the review state the walker's fresh register entry must be in. */
  entryState?: 'draft' | 'submitted' | 'published';
}

/** A valid register entry for the walker's bodies. */
const WALKER_ENTRY = {
  name: 'Walker-fiche',
  shortDescription: 'Een fiche van de routewandelaar.',
  leadOrganisation: { name: 'Gemeente Leiebeke' },
  purposeAndImpact: 'Nagaan wie wat mag.',
  howItWorks: 'Regels.',
  status: 'planned',
  humanOversight: 'Een medewerker beslist.',
  contact: 'ai@example.org',
};
const REGISTER = '/api/v1/tenants/{tenant}/register';

export const STAFF_ROUTES: readonly StaffRouteRule[] = [
  { method: 'POST', path: '/api/v1/tokens', roles: ['admin'], tenantIn: 'body', sampleBody: { role: 'viewer', name: 'walker' } },
  { method: 'POST', path: '/api/v1/accounts', roles: ['admin'], tenantIn: 'body', sampleBody: { role: 'viewer', name: 'Walker', email: 'walker-{n}@example.org', password: 'a long enough password' } },
  { method: 'GET', path: '/api/v1/tenants/{tenant}/conversations/{conversationId}', roles: ['admin', 'editor', 'agent'], tenantIn: 'path' },
  { method: 'GET', path: '/api/v1/tenants/{tenant}/conversations/{conversationId}/export', roles: ['admin', 'agent'], tenantIn: 'path' },
  { method: 'DELETE', path: '/api/v1/tenants/{tenant}/conversations/{conversationId}', roles: ['admin', 'agent'], tenantIn: 'path' },
  { method: 'GET', path: '/api/v1/tenants/{tenant}/audit', roles: ['admin'], tenantIn: 'path' },
  { method: 'PUT', path: '/api/v1/tenants/{tenant}/settings', roles: ['admin'], tenantIn: 'path', sampleBody: { retentionDays: 90 } },
  { method: 'GET', path: '/api/v1/audit', roles: [], tenantIn: 'none' },
  { method: 'GET', path: '/api/v1/tenants/{tenant}/conversations', roles: ['admin', 'agent'], tenantIn: 'path' },
  { method: 'GET', path: '/api/v1/tenants/{tenant}/conversation-events', roles: ['admin', 'agent'], tenantIn: 'path' },
  { method: 'POST', path: '/api/v1/tenants/{tenant}/conversations/{conversationId}/messages', roles: ['admin', 'agent'], tenantIn: 'path', sampleBody: { text: 'Goeiedag, ik help u graag verder.' } },
  { method: 'POST', path: '/api/v1/tenants/{tenant}/conversations/{conversationId}/close', roles: ['admin', 'agent'], tenantIn: 'path' },
  { method: 'GET', path: `${REGISTER}/entries`, roles: ['admin', 'reviewer', 'editor', 'viewer'], tenantIn: 'path' },
  { method: 'POST', path: `${REGISTER}/entries`, roles: ['admin', 'editor'], tenantIn: 'path', sampleBody: { entry: WALKER_ENTRY } },
  { method: 'GET', path: `${REGISTER}/entries/{entryId}`, roles: ['admin', 'reviewer', 'editor', 'viewer'], tenantIn: 'path', entryState: 'draft' },
  { method: 'PUT', path: `${REGISTER}/entries/{entryId}`, roles: ['admin', 'editor'], tenantIn: 'path', entryState: 'draft', sampleBody: { entry: WALKER_ENTRY } },
  { method: 'POST', path: `${REGISTER}/entries/{entryId}/submit`, roles: ['admin', 'editor'], tenantIn: 'path', entryState: 'draft' },
  // Reviewed regionally by default: a municipality's own staff may not publish or reject (its settings can change that).
  { method: 'POST', path: `${REGISTER}/entries/{entryId}/publish`, roles: [], tenantIn: 'path', entryState: 'submitted' },
  { method: 'POST', path: `${REGISTER}/entries/{entryId}/reject`, roles: [], tenantIn: 'path', entryState: 'submitted', sampleBody: { reason: 'Het doel is niet duidelijk.' } },
  { method: 'POST', path: `${REGISTER}/entries/{entryId}/retract`, roles: ['admin'], tenantIn: 'path', entryState: 'published', sampleBody: {} },
  { method: 'POST', path: `${REGISTER}/import`, roles: ['admin', 'editor'], tenantIn: 'path', sampleBody: { fileName: 'fiches.json', content: JSON.stringify([WALKER_ENTRY]) } },
  { method: 'GET', path: '/api/v1/register/review', roles: ['admin', 'reviewer'], tenantIn: 'none' },
];

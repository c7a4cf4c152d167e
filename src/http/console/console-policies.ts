// What each console page asks of the actor: the tenants module's policies, per page.
import { canEditContent, canHandleConversations, canReadRegisterDrafts, canReadTranscript, canSeeTenant, type Actor } from '../../tenants/index.js';

export { canEditContent };

/** The console's pages and who may open them. */
export const CONSOLE_PAGES = [
  { path: '/console/inbox', label: 'Inbox', allowed: canHandleConversations },
  { path: '/console/review', label: 'Nakijken', allowed: canReadTranscript },
  { path: '/console/unanswered', label: 'Onbeantwoorde vragen', allowed: canReadTranscript },
  { path: '/console/products', label: 'Producten', allowed: canSeeTenant },
  { path: '/console/imports', label: 'Imports', allowed: canEditContent },
  { path: '/console/register', label: 'AI-register', allowed: canReadRegisterDrafts },
  { path: '/console/dashboard', label: 'Dashboard', allowed: canSeeTenant },
] as const satisfies ReadonlyArray<{ path: string; label: string; allowed: (actor: Actor, tenantId: string) => boolean }>;

/** The first page `actor` may open for `tenantId` (the product list is open to every role). */
export function homePage(actor: Actor, tenantId: string): string {
  return CONSOLE_PAGES.find((page) => page.allowed(actor, tenantId))?.path ?? '/console/products';
}

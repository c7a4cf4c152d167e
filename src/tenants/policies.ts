// Who may do what, as pure functions of the actor and the target. Routes ask these; they never
// compare roles themselves. Another municipality's resources are invisible (the route answers 404),
// a role that is too low is refused (403).
import type { Actor, Role } from './roles.js';

/** A platform admin: role admin without a municipality. */
export function isPlatformAdmin(actor: Actor): boolean {
  return actor.role === 'admin' && actor.tenantId === null;
}

/** Whether `tenantId`'s resources exist for this actor at all (else: 404). */
export function canSeeTenant(actor: Actor, tenantId: string): boolean {
  return actor.tenantId === null || actor.tenantId === tenantId;
}

/** Roles that may read residents' transcripts: those who handle or review conversations. */
const TRANSCRIPT_ROLES: readonly Role[] = ['admin', 'editor', 'agent'];

/** Read a stored transcript of `tenantId`. Regional reviewers review register entries, not transcripts. */
export function canReadTranscript(actor: Actor, tenantId: string): boolean {
  const platformWide = actor.tenantId === null;
  return canSeeTenant(actor, tenantId) && TRANSCRIPT_ROLES.includes(actor.role) && (!platformWide || actor.role === 'admin');
}

/** Export or delete a conversation on a resident's request. */
export function canEraseConversation(actor: Actor, tenantId: string): boolean {
  return canSeeTenant(actor, tenantId) && (actor.role === 'admin' || actor.role === 'agent');
}

/**
 * Create an API token or account with `role` for `tenantId` (null: platform-wide). Platform admins
 * may create any; a municipality admin only for its own municipality.
 */
export function canGrant(actor: Actor, grant: { tenantId: string | null; role: Role }): boolean {
  if (isPlatformAdmin(actor)) return true;
  return actor.role === 'admin' && actor.tenantId !== null && grant.tenantId === actor.tenantId;
}

/** Read the audit log of `tenantId` (null: the whole platform's). */
export function canReadAudit(actor: Actor, tenantId: string | null): boolean {
  if (isPlatformAdmin(actor)) return true;
  return actor.role === 'admin' && tenantId !== null && actor.tenantId === tenantId;
}

/** Change a municipality's settings (retention period, colours). */
export function canChangeSettings(actor: Actor, tenantId: string): boolean {
  return canSeeTenant(actor, tenantId) && actor.role === 'admin';
}

/** Take over, answer and close conversations in the inbox: agents and admins. */
export function canHandleConversations(actor: Actor, tenantId: string): boolean {
  return canSeeTenant(actor, tenantId) && (actor.role === 'admin' || actor.role === 'agent') && (actor.tenantId !== null || actor.role === 'admin');
}

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

/** Who publishes a municipality's register entries: a regional reviewer (default) or its own approver. */
export type RegisterReview = 'regional' | 'own';

/** A regional reviewer: role reviewer without a municipality. */
export function isRegionalReviewer(actor: Actor): boolean {
  return actor.role === 'reviewer' && actor.tenantId === null;
}

/** Read `tenantId`'s register entries in every state (drafts included): its staff who write or approve them. */
export function canReadRegisterDrafts(actor: Actor, tenantId: string): boolean {
  if (isPlatformAdmin(actor) || isRegionalReviewer(actor)) return true;
  return actor.tenantId === tenantId && ['admin', 'editor', 'reviewer', 'viewer'].includes(actor.role);
}

/** Write, edit and submit `tenantId`'s register entries: its admins and editors. */
export function canWriteRegisterEntry(actor: Actor, tenantId: string): boolean {
  if (isPlatformAdmin(actor)) return true;
  return actor.tenantId === tenantId && (actor.role === 'admin' || actor.role === 'editor');
}

/**
 * Publish or reject a submitted entry. Platform admins and regional reviewers may always; when
 * the municipality chose to review its own entries (`review` 'own'), so may its admin and its
 * reviewer. Nobody reviews an entry they wrote themselves (four eyes).
 */
export function canReviewEntry(actor: Actor, entry: { tenantId: string | null; author: string }, review: RegisterReview): boolean {
  if (entry.author === actor.id) return false;
  if (isPlatformAdmin(actor) || isRegionalReviewer(actor)) return true;
  return review === 'own' && entry.tenantId !== null && actor.tenantId === entry.tenantId && (actor.role === 'admin' || actor.role === 'reviewer');
}

/** Take a published entry of `tenantId` out of the public register: its admin, regional reviewers, platform admins. */
export function canRetractEntry(actor: Actor, tenantId: string): boolean {
  if (isPlatformAdmin(actor) || isRegionalReviewer(actor)) return true;
  return actor.tenantId === tenantId && actor.role === 'admin';
}

/** Open the review queue at all: those who may review somewhere (what they see is filtered by `canReviewEntry`). */
export function canOpenReviewQueue(actor: Actor): boolean {
  return isPlatformAdmin(actor) || isRegionalReviewer(actor) || (actor.tenantId !== null && (actor.role === 'admin' || actor.role === 'reviewer'));
}

/** Edit a municipality's content (local product fields) and see its imports: its editors and admins, and platform admins. */
export function canEditContent(actor: Actor, tenantId: string): boolean {
  if (!canSeeTenant(actor, tenantId)) return false;
  if (actor.tenantId === null) return actor.role === 'admin';
  return actor.role === 'admin' || actor.role === 'editor';
}

// The review workflow of a register entry: draft → submitted → published, with reject, retract and system revisions.

/** Where an entry stands in review. Only `published` entries are public. */
export const entryStates = ['draft', 'submitted', 'published', 'rejected', 'retracted'] as const;
export type EntryState = (typeof entryStates)[number];

/** Everything that can happen to an entry, as recorded in its history. */
export const entryActions = ['create', 'update', 'submit', 'publish', 'reject', 'retract', 'revise'] as const;
export type EntryAction = (typeof entryActions)[number];

/** The actions that move an existing entry (creation has no state before it). */
export type TransitionAction = Exclude<EntryAction, 'create'>;

const NEXT: Record<TransitionAction, Partial<Record<EntryState, EntryState>>> = {
  // A rejected entry goes back to its author: editing it makes it a draft again. Editing a published
  // entry starts a new version as a draft; the published version stays public until the new one is.
  update: { draft: 'draft', rejected: 'draft', published: 'draft' },
  submit: { draft: 'submitted' },
  publish: { submitted: 'published' },
  reject: { submitted: 'rejected' },
  retract: { published: 'retracted' },
  // Only the system revises without review: an automatically maintained entry follows the settings it
  // is generated from, which the organisation controls; people's edits go through review.
  revise: { published: 'published' },
};

/** States of an entry that is being edited again; one published before still has a public version. */
const EDITING: ReadonlySet<EntryState> = new Set(['draft', 'submitted', 'rejected']);

/**
 * The state after `action` on an entry in `state`, or undefined when the workflow does not allow it.
 * `wasPublished`: the entry has a public version (published before, now being edited again); such
 * an entry can be retracted in any editing state, which withdraws the public version and drops the
 * pending edit. A draft never published has nothing public to retract. Pure.
 */
export function nextState(state: EntryState, action: TransitionAction, context: { wasPublished?: boolean } = {}): EntryState | undefined {
  if (action === 'retract' && context.wasPublished === true && EDITING.has(state)) return 'retracted';
  return NEXT[action][state];
}

/** The states from which `action` is allowed, for error messages. */
export function statesAllowing(action: TransitionAction): EntryState[] {
  return entryStates.filter((state) => NEXT[action][state] !== undefined);
}

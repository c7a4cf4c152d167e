// The ordered list of schema migrations. Append only: an applied migration is never edited.
import { sql as contentModel } from './0001-content-model.js';
import { sql as conversations } from './0002-conversations.js';
import { sql as accountsAudit } from './0003-accounts-audit.js';
import { sql as handoffFeedback } from './0004-handoff-feedback.js';
import { sql as review } from './0005-review.js';
import { sql as contactRequests } from './0006-contact-requests.js';
import { sql as register } from './0007-register.js';
import { sql as registerRevisions } from './0008-register-revisions.js';
import { sql as importedContent } from './0009-imported-content.js';
import { sql as rateLimits } from './0010-rate-limits.js';

/** One schema step; `version` is its position, starting at 1. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'content-model', sql: contentModel },
  { version: 2, name: 'conversations', sql: conversations },
  { version: 3, name: 'accounts-audit', sql: accountsAudit },
  { version: 4, name: 'handoff-feedback', sql: handoffFeedback },
  { version: 5, name: 'review', sql: review },
  { version: 6, name: 'contact-requests', sql: contactRequests },
  { version: 7, name: 'register', sql: register },
  { version: 8, name: 'register-revisions', sql: registerRevisions },
  { version: 9, name: 'imported-content', sql: importedContent },
  { version: 10, name: 'rate-limits', sql: rateLimits },
];

// The shape of a register entry for staff: the entry with its review state and who wrote it.
import { z } from '@hono/zod-openapi';
import { entryStates, type HistoryStep, type StoredEntry } from '../../register/index.js';

export const StaffEntrySchema = z
  .object({
    id: z.string(),
    tenant: z.string().nullable(),
    state: z.enum(entryStates),
    author: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    publishedAt: z.string().nullable(),
    entry: z.record(z.string(), z.unknown()),
    /** With one entry: every step, with a rejection's reason for its author. */
    history: z
      .array(z.object({ seq: z.number(), action: z.string(), state: z.enum(entryStates), at: z.string(), reason: z.string().nullable(), changedFields: z.array(z.string()) }))
      .optional(),
  })
  .openapi('StaffRegisterEntry');

export type StaffEntry = z.infer<typeof StaffEntrySchema>;

/** A stored entry as staff see it. Public pages and the public API use the register's public JSON instead. */
export function presentStaffEntry(stored: StoredEntry, history?: readonly HistoryStep[]): StaffEntry {
  return {
    ...(history ? { history: history.map((step) => ({ ...step, at: step.at.toISOString() })) } : {}),
    id: stored.id,
    tenant: stored.tenantId,
    state: stored.state,
    author: stored.author,
    createdAt: stored.createdAt.toISOString(),
    updatedAt: stored.updatedAt.toISOString(),
    publishedAt: stored.publishedAt?.toISOString() ?? null,
    entry: stored.entry,
  };
}

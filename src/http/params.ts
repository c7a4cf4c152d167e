// Shared edge schemas: ids in paths, and text that PostgreSQL can store (no NUL characters, no
// lone UTF-16 surrogates — both make the database refuse the value, which was a 500 before).
import { z } from '@hono/zod-openapi';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Free text of `min`..`max` characters after trimming: NUL refused, lone surrogates replaced by U+FFFD. */
export function cleanText(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((text) => !text.includes('\u0000'), 'must not contain NUL characters')
    .transform((text) => text.replace(LONE_SURROGATE, '\uFFFD'));
}

/** A municipality id in a path, as tenant ids are stored. */
export const tenantParam = z.string().max(100).regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a municipality id such as "leiebeke"');

/** A conversation id in a path or body. */
export const conversationParam = z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/, 'must be a conversation id');

// Validation of the product form's local fields, with a Dutch message per field.
import type { InstanceEdit } from '../../knowledge/index.js';

export const PRODUCT_LIMITS = { cost: 500, localText: 4000, note: 1000 } as const;

/** Messages per field name; empty when the form is valid. */
export type ProductFormErrors = Partial<Record<'cost' | 'localText' | 'offered' | 'note', string>>;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function optionalText(value: string, max: number, label: string, errors: ProductFormErrors, field: keyof ProductFormErrors): string | null {
  const text = value.trim().replace(LONE_SURROGATE, '\uFFFD');
  if (text.includes('\u0000')) errors[field] = `${label} bevat een ongeldig teken.`;
  else if (text.length > max) errors[field] = `${label} mag hoogstens ${max} tekens lang zijn (nu ${text.length}).`;
  return text === '' ? null : text;
}

/** Parses the posted fields into an edit, or the errors to show next to each field. */
export function parseProductForm(fields: Record<string, string>): { edit: InstanceEdit; errors: ProductFormErrors } {
  const errors: ProductFormErrors = {};
  const cost = optionalText(fields['cost'] ?? '', PRODUCT_LIMITS.cost, 'De kostprijs', errors, 'cost');
  const localText = optionalText(fields['localText'] ?? '', PRODUCT_LIMITS.localText, 'De lokale tekst', errors, 'localText');
  const note = optionalText(fields['note'] ?? '', PRODUCT_LIMITS.note, 'De opmerking', errors, 'note');
  const offered = fields['offered'];
  if (offered !== 'true' && offered !== 'false') errors.offered = 'Kies of de gemeente dit product aanbiedt: ja of nee.';
  return { edit: { cost, localText, note, offered: offered === 'true' }, errors };
}

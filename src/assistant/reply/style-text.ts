// Writing in the municipality's voice: formal "u" or informal "je".
import type { AddressStyle } from '../../knowledge/index.js';

/** Picks the formal or informal wording. */
export function styled(style: AddressStyle, formal: string, informal: string): string {
  return style === 'u' ? formal : informal;
}

// Yes/no check for personal data, for guards that only need to know whether to redact.

import { findPersonalData, type RedactionOptions } from './find-personal-data.js';

/** True when redactPersonalData would change `text`. Never throws. */
export function containsPersonalData(text: string, options: RedactionOptions = {}): boolean {
  return findPersonalData(text, options).length > 0;
}

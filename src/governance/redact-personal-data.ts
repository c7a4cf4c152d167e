// Replaces personal data in a text by labelled placeholders before it is stored or sent on.

import { findPersonalData, type RedactionOptions } from './find-personal-data.js';
import type { PersonalDataFinding } from './personal-data-kinds.js';
import { PERSONAL_DATA_PLACEHOLDERS } from './personal-data-placeholders.js';

/** A redacted text and what was removed, with offsets into the original text. */
export interface RedactionResult {
  text: string;
  findings: PersonalDataFinding[];
}

// Detectors refuse a match glued to a neighbouring token ("0478123456+32478123456"); once
// the neighbour is a placeholder the second one would match. A few extra passes make the
// result a fixed point, so redacting twice never finds more. Passes beyond the first run
// only when something was found.
const MAX_PASSES = 4;

/**
 * `text` with every finding of findPersonalData replaced by its placeholder
 * ("mijn gsm is 0478 12 34 56" → "mijn gsm is [telefoonnummer]"), and the findings with
 * offsets into `text`, sorted and not overlapping. Redacting the result again finds nothing
 * (the property tests found no input needing more than the passes allowed). Never throws.
 */
export function redactPersonalData(text: string, options: RedactionOptions = {}): RedactionResult {
  let findings = findPersonalData(text, options);
  for (let pass = 1; findings.length > 0; pass++) {
    const redacted = applyPlaceholders(text, findings);
    if (pass === MAX_PASSES) return { text: redacted, findings };
    const extra = findPersonalData(redacted, options)
      .map((finding) => toOriginalOffsets(finding, findings))
      .filter((finding): finding is PersonalDataFinding => finding !== undefined);
    if (extra.length === 0) return { text: redacted, findings };
    findings = [...findings, ...extra].sort((a, b) => a.start - b.start);
  }
  return { text, findings };
}

function applyPlaceholders(text: string, findings: readonly PersonalDataFinding[]): string {
  let result = '';
  let cursor = 0;
  for (const finding of findings) {
    result += text.slice(cursor, finding.start) + PERSONAL_DATA_PLACEHOLDERS[finding.kind];
    cursor = finding.end;
  }
  return result + text.slice(cursor);
}

// Maps a finding in the redacted text back to the original, or undefined when it touches a
// placeholder (no detector matches brackets, so that does not happen in practice).
function toOriginalOffsets(finding: PersonalDataFinding, replaced: readonly PersonalDataFinding[]): PersonalDataFinding | undefined {
  let shift = 0;
  for (const previous of replaced) {
    const placeholderStart = previous.start + shift;
    const placeholderEnd = placeholderStart + PERSONAL_DATA_PLACEHOLDERS[previous.kind].length;
    if (finding.end <= placeholderStart) break;
    if (finding.start < placeholderEnd) return undefined;
    shift += placeholderEnd - placeholderStart - (previous.end - previous.start);
  }
  return { kind: finding.kind, start: finding.start - shift, end: finding.end - shift };
}

// Runs a candidate pattern over a text and keeps the matches a validator accepts.

import type { PersonalDataFinding, PersonalDataKind } from './personal-data-kinds.js';

/**
 * Findings of `kind` for every match of `pattern` (which needs the `g` flag)
 * for which `accept(match)` returns the length to keep (0 or less rejects). After a rejected
 * match the scan resumes one character later rather than after the match, so a number
 * glued to a preceding one ("2026 850730 033 28") is still found.
 */
export function scanCandidates(
  text: string,
  pattern: RegExp,
  kind: PersonalDataKind,
  accept: (match: RegExpExecArray) => number,
): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const length = accept(match);
    if (length > 0) {
      findings.push({ kind, start: match.index, end: match.index + length });
    } else {
      pattern.lastIndex = match.index + 1;
    }
  }
  return findings;
}

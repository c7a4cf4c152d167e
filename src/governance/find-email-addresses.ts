// Detects e-mail addresses.

import type { PersonalDataFinding } from './personal-data-kinds.js';

// Pragmatic, not RFC 5322: a local part of letters, digits and ._%+- (not starting or ending
// with a dot), "@", dot-separated domain labels and a top-level domain of two or more letters.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-](?:[\p{L}\p{N}._%+-]*[\p{L}\p{N}_%+-])?@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?![\p{L}\p{N}_])(?![.-][\p{L}\p{N}])/gu;

/** Findings for every e-mail address in `text` ("an.dewilde@telenet.be"). */
export function findEmailAddresses(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const match of text.matchAll(EMAIL)) {
    findings.push({ kind: 'email', start: match.index, end: match.index + match[0].length });
  }
  return findings;
}

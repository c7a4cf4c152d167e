// Runs every personal-data detector over a text and settles overlapping findings.

import { findBankAccounts } from './find-bank-accounts.js';
import { findDeclaredAddresses } from './find-declared-addresses.js';
import { findEmailAddresses } from './find-email-addresses.js';
import { findLicencePlates } from './find-licence-plates.js';
import { findNationalRegisterNumbers } from './find-national-register-numbers.js';
import { findPhoneNumbers } from './find-phone-numbers.js';
import { findResidentAddresses } from './find-resident-addresses.js';
import type { PersonalDataFinding } from './personal-data-kinds.js';

/** Options of findPersonalData, redactPersonalData and containsPersonalData. */
export interface RedactionOptions {
  /** The resident's own address(es), e.g. "Kerkstraat 12"; matched without case or diacritics. */
  residentAddress?: string | readonly string[];
  /**
   * Values that are public and must stay, typically the municipality's own phone number and
   * e-mail address so a reply can still give them. Compared without case, spaces or
   * punctuation, with +32/0032 read as 0. Default none.
   */
  keep?: readonly string[];
}

/**
 * Every piece of personal data in `text`, sorted by position and never overlapping: where
 * two detectors claim overlapping text, any other kind wins over an address, then the
 * longer finding wins. Every kind needs a digit or an "@", so text without either returns
 * [] at once. Never throws.
 */
export function findPersonalData(text: string, options: RedactionOptions = {}): PersonalDataFinding[] {
  if (!/[\d@]/.test(text)) return [];
  const addresses = typeof options.residentAddress === 'string' ? [options.residentAddress] : (options.residentAddress ?? []);
  const candidates = [
    ...findNationalRegisterNumbers(text),
    ...findBankAccounts(text),
    ...findPhoneNumbers(text),
    ...findEmailAddresses(text),
    ...findLicencePlates(text),
    ...findResidentAddresses(text, addresses),
    ...findDeclaredAddresses(text),
  ];
  const kept = new Set((options.keep ?? []).map(comparable));
  // Checksum- and syntax-validated kinds beat the address heuristic; otherwise the longer wins.
  candidates.sort((a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: PersonalDataFinding[] = [];
  for (const candidate of candidates) {
    if (chosen.some((taken) => candidate.start < taken.end && taken.start < candidate.end)) continue;
    if (kept.size > 0 && kept.has(comparable(text.slice(candidate.start, candidate.end)))) continue;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function rank(finding: PersonalDataFinding): number {
  return finding.kind === 'address' ? 1 : 0;
}

function comparable(value: string): string {
  const lower = value.trim().toLowerCase();
  if (lower.includes('@')) return lower;
  return lower.replace(/^(?:\+|00) ?32 ?(?:\(0\))? ?/, '0').replace(/[^\p{L}\p{N}]/gu, '');
}

// The labelled placeholders that replace personal data in stored and forwarded text.

import type { PersonalDataKind } from './personal-data-kinds.js';

/**
 * Placeholder per kind, in Dutch because residents and staff read transcripts. Each is
 * bracketed so no detector matches it again (redaction is idempotent).
 */
export const PERSONAL_DATA_PLACEHOLDERS: Readonly<Record<PersonalDataKind, string>> = {
  'national-register-number': '[rijksregisternummer]',
  iban: '[iban]',
  'phone-number': '[telefoonnummer]',
  email: '[e-mail]',
  'licence-plate': '[nummerplaat]',
  address: '[adres]',
};

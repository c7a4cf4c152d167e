// The kinds of personal data Loket redacts, and the shape of one finding in a text.

/** Every kind the redactor detects, in the order used for reports. */
export const PERSONAL_DATA_KINDS = [
  'national-register-number',
  'iban',
  'phone-number',
  'email',
  'licence-plate',
  'address',
] as const;

/**
 * One kind of personal data. `national-register-number` is the Belgian rijksregisternummer
 * (and BIS number); `iban` also covers the old Belgian account format 539-0075470-34.
 */
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/** Where a piece of personal data sits in a text: UTF-16 offsets, `end` exclusive. */
export interface PersonalDataFinding {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

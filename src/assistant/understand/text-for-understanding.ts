// The message as the assistant reads it: personal data taken out (with the words that label it,
// such as "mijn rijksregisternummer is"), but the street of an address kept, since a street name
// alone identifies no one and is what a waste-collection question needs.
import type { PersonalDataFinding, PersonalDataKind } from '../../governance/index.js';

const LABELS: Record<PersonalDataKind, RegExp> = {
  'national-register-number': /\b(rijksregisternummer|rijksregister|nationaal nummer|national number|insz(-nummer)?)\b/gi,
  iban: /\b(iban|rekeningnummer|bankrekening(nummer)?|account number)\b/gi,
  'phone-number': /\b(gsm(-nummer|nummer)?|telefoon(nummer)?|tel|mobiel(e nummer)?|phone( number)?)\b/gi,
  email: /\b(e-?mail(adres)?|mailadres|mail)\b/gi,
  'licence-plate': /\b(nummerplaat|kenteken|licen[cs]e plate)\b/gi,
  address: /$^/g,
};

/** `original` without its personal data, for understanding only (never stored, never shown). */
export function textForUnderstanding(original: string, findings: readonly PersonalDataFinding[]): string {
  let text = '';
  let cursor = 0;
  for (const finding of findings) {
    const value = original.slice(finding.start, finding.end);
    // Keep "Brugstraat" of "Brugstraat 14 bus 2": drop numbers and box numbers.
    const kept = finding.kind === 'address' ? value.replace(/\b(bus|box)\b.*$/i, '').replace(/\d+\w?/g, ' ') : ' ';
    text += original.slice(cursor, finding.start) + kept;
    cursor = finding.end;
  }
  text += original.slice(cursor);
  for (const kind of new Set(findings.map((f) => f.kind))) text = text.replace(LABELS[kind], ' ');
  return text.replace(/\s+/g, ' ').trim();
}

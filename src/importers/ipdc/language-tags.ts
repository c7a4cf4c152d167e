// The language variants IPDC publishes, spelled the way IPDC spells them.

/** Every language tag Loket keeps; others are reported and their text left out. */
export const IPDC_LANGUAGES: readonly string[] = [
  'nl',
  'nl-BE-x-formal',
  'nl-BE-x-informal',
  'nl-BE-x-generated-formal',
  'nl-BE-x-generated-informal',
  'en',
  'fr',
  'de',
];

const BY_LOWER_CASE = new Map(IPDC_LANGUAGES.map((tag) => [tag.toLowerCase(), tag]));

/**
 * The known tag for `tag` in IPDC's spelling, or undefined when Loket does not know it.
 * Case is ignored: RDF tags are case-insensitive and both n3 and jsonld lower-case them.
 */
export function canonicalLanguage(tag: string): string | undefined {
  return BY_LOWER_CASE.get(tag.toLowerCase());
}

/** True for the Dutch variants ('nl' and every 'nl-…'). */
export function isDutch(tag: string): boolean {
  return tag === 'nl' || tag.startsWith('nl-');
}

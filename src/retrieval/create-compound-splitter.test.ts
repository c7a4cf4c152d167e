// Compound splitting on municipal vocabulary: the measured split rate and the refusals.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCompoundSplitter } from './create-compound-splitter.js';
import { stemDutch } from './stem-dutch.js';

// Municipal compounds and their expected parts. Parts compare by stem, so "bewoners" and
// "bewoner" count alike. Content words absent from the general word list are passed as
// the tenant vocabulary would pass them.
const COMPOUNDS: readonly [string, string][] = [
  ['afvalophaling', 'afval ophaling'],
  ['identiteitskaart', 'identiteit kaart'],
  ['bouwaanvraag', 'bouw aanvraag'],
  ['huisvuilophaling', 'huisvuil ophaling'],
  ['recyclagepark', 'recyclage park'],
  ['containerpark', 'container park'],
  ['grofvuil', 'grof vuil'],
  ['parkeerkaart', 'parkeer kaart'],
  ['geboorteaangifte', 'geboorte aangifte'],
  ['rijbewijs', 'rij bewijs'],
  ['bewonerskaart', 'bewoner kaart'],
  ['omgevingsvergunning', 'omgeving vergunning'],
  ['adreswijziging', 'adres wijziging'],
  ['voornaamswijziging', 'voornaam wijziging'],
  ['restafval', 'rest afval'],
  ['openingsuren', 'opening uren'],
  ['afvalkalender', 'afval kalender'],
  ['geboortepremie', 'geboorte premie'],
  ['gemeentebelasting', 'gemeente belasting'],
  ['begraafplaats', 'begraaf plaats'],
  ['strafregister', 'straf register'],
  ['bevolkingsregister', 'bevolking register'],
  ['kinderopvang', 'kind opvang'],
  ['sportkampen', 'sport kampen'],
  ['zaalverhuur', 'zaal verhuur'],
  ['compostvat', 'compost vat'],
  ['groendak', 'groen dak'],
  ['afvalzakken', 'afval zakken'],
  ['verblijfskaart', 'verblijf kaart'],
  ['schoolstraat', 'school straat'],
  ['vuilniszak', 'vuilnis zak'],
  ['huwelijksakte', 'huwelijk akte'],
  ['parkeerplaats', 'parkeer plaats'],
  ['stoeptegel', 'stoep tegel'],
  ['gemeentehuis', 'gemeente huis'],
  ['regenwaterput', 'regenwater put'],
];

// Ordinary words the splitter must leave whole: derivations, inflections, common words.
const SIMPLE_WORDS = [
  'kinderen', 'aanvraag', 'persoonlijk', 'gemeente', 'overlijden', 'voorwaarden',
  'mogelijkheid', 'bibliotheek', 'verdieping', 'ongeveer', 'uittreksel', 'inschrijving',
  'bestuur', 'document', 'containers', 'gemeenten', 'huwelijk',
];

const splitter = createCompoundSplitter(['recyclagepark', 'recyclage']);
const sameParts = (actual: readonly string[] | null, expected: string): boolean =>
  actual !== null && actual.map(stemDutch).join(' ') === expected.split(' ').map(stemDutch).join(' ');

test('splits at least 30 of the 36 municipal compounds as expected', () => {
  const wrong = COMPOUNDS.filter(([word, parts]) => !sameParts(splitter.split(word), parts));
  assert.ok(COMPOUNDS.length - wrong.length >= 30, `wrong: ${wrong.map(([w]) => `${w}→${splitter.split(w)?.join('+')}`).join(', ')}`);
});

test('splits the compounds named in the design exactly', () => {
  assert.deepEqual(splitter.split('afvalophaling'), ['afval', 'ophaling']);
  assert.deepEqual(splitter.split('identiteitskaart'), ['identiteit', 'kaart']);
  assert.deepEqual(splitter.split('bouwaanvraag'), ['bouw', 'aanvraag']);
  assert.deepEqual(splitter.split('huisvuilophaling'), ['huisvuil', 'ophaling']);
  assert.deepEqual(splitter.split('recyclagepark'), ['recyclage', 'park']);
  assert.deepEqual(splitter.split('geboorteaangifte'), ['geboorte', 'aangifte']);
  assert.deepEqual(splitter.split('rijbewijs'), ['rij', 'bewijs']);
});

test('inflected compounds keep the inflection on the last part', () => {
  assert.deepEqual(splitter.split('identiteitskaarten'), ['identiteit', 'kaarten']);
  assert.deepEqual(splitter.split('afvalzakken'), ['afval', 'zakken']);
});

test('leaves derivations, inflections and common simple words whole', () => {
  for (const word of SIMPLE_WORDS) assert.equal(splitter.split(word), null, word);
});

test('never returns parts shorter than three letters', () => {
  for (const [word] of COMPOUNDS) {
    for (const part of splitter.split(word) ?? []) assert.ok(part.length >= 3, `${word}: ${part}`);
  }
});

test('tenant vocabulary adds parts and decides between equally good splits', () => {
  const bare = createCompoundSplitter();
  assert.equal(bare.split('pmdophaling'), null);
  const tenant = createCompoundSplitter(['pmd', 'gemeente', 'huis']);
  assert.deepEqual(tenant.split('pmdophaling'), ['pmd', 'ophaling']);
  assert.deepEqual(tenant.split('gemeentehuis'), ['gemeente', 'huis']);
  assert.equal(tenant.has('pmd'), true);
});

test('returns null for short, non-letter and unknown words', () => {
  assert.equal(splitter.split('kaart'), null);
  assert.equal(splitter.split('24,50'), null);
  assert.equal(splitter.split('xqzvwrtplk'), null);
  assert.equal(splitter.split(''), null);
});

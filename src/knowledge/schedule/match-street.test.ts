// Tolerant street matching for a query and for a street mentioned in a free-text question.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WasteStreet } from '../content-types.js';
import { findStreetInText, matchStreet } from './index.js';
import { loadDemoTenant } from './test-support/load-demo-tenant.js';

const leiebeke = loadDemoTenant('leiebeke').wasteStreets;
const scheldegem = loadDemoTenant('scheldegem').wasteStreets;
const kempenhout = loadDemoTenant('kempenhout').wasteStreets;

function matched(streets: readonly WasteStreet[], query: string): string | undefined {
  return matchStreet(streets, query)?.street.street;
}

test('exact names match with score 1 regardless of case, diacritics and house numbers', () => {
  assert.deepEqual(matchStreet(leiebeke, 'Abdijstraat'), { street: { street: 'Abdijstraat', zone: '1' }, score: 1, ambiguous: false });
  assert.equal(matched(leiebeke, 'ABDIJSTRAAT 12'), 'Abdijstraat');
  assert.equal(matched(leiebeke, 'Abdijstraat 12 bus 3'), 'Abdijstraat');
  assert.equal(matched(leiebeke, 'Abdijstraät'), 'Abdijstraat');
  assert.equal(matched(leiebeke, 'in de Kerkstraat'), 'Kerkstraat');
});

test('split words, abbreviations and a missing ending still match', () => {
  assert.equal(matched(leiebeke, 'kerk straat'), 'Kerkstraat');
  assert.equal(matched(leiebeke, 'kerkstr.'), 'Kerkstraat');
  assert.equal(matched(leiebeke, 'Kerk str'), 'Kerkstraat');
  assert.equal(matchStreet(leiebeke, 'kerk')?.score, 0.9);
  assert.equal(matched(leiebeke, 'Azalea'), 'Azalealaan');
  assert.equal(matched(leiebeke, 'st-elooistraat'), 'Sint-Elooistraat');
  assert.equal(matched(leiebeke, 'Sint Elooistraat'), 'Sint-Elooistraat');
  assert.equal(matched(leiebeke, 'gezellestraat'), 'Guido Gezellestraat');
});

test('typos are tolerated in longer names only', () => {
  assert.equal(matched(leiebeke, 'stationstraat'), 'Stationsstraat');
  assert.equal(matched(leiebeke, 'Staionsstrat'), 'Stationsstraat');
  assert.equal(matched(leiebeke, 'Molenstrat'), 'Molenstraat');
  assert.ok((matchStreet(leiebeke, 'Molenstrat')?.score ?? 1) < 1);
  assert.equal(matchStreet(kempenhout, 'Hoi'), null, 'three letters allow no typo');
});

test('an exact short name wins over a longer name with the same stem', () => {
  assert.equal(matched(scheldegem, 'kouter'), 'Kouter');
  assert.equal(matched(kempenhout, 'dries'), 'Dries');
});

test('a stem shared by two streets is flagged ambiguous', () => {
  const match = matchStreet(kempenhout, 'heide');
  assert.equal(match?.ambiguous, true);
  assert.ok(['Heidestraat', 'Heideweg'].includes(match?.street.street ?? ''));
});

test('only the given tenant streets are searched', () => {
  assert.equal(matched(scheldegem, 'Abdijstraat'), undefined);
  assert.equal(matched(leiebeke, 'Scheldedijk'), undefined);
});

test('nonsense, empty and number-only queries give null', () => {
  assert.equal(matchStreet(leiebeke, ''), null);
  assert.equal(matchStreet(leiebeke, '12'), null);
  assert.equal(matchStreet(leiebeke, 'identiteitskaart'), null);
});

test('findStreetInText finds a street anywhere in a question', () => {
  assert.equal(findStreetInText(leiebeke, 'wanneer wordt de gft opgehaald in de abdijstraat 5?')?.street.street, 'Abdijstraat');
  assert.equal(findStreetInText(leiebeke, 'ik woon in de brugstraat 14')?.street.zone, '1');
  assert.equal(findStreetInText(scheldegem, 'wanneer wordt de blauwe zak opgehaald? ik woon op de Molenberg')?.street.street, 'Molenberg');
  assert.equal(findStreetInText(scheldegem, 'Scheldedijk 7, wanneer mag de grijze zak buiten?')?.street.street, 'Scheldedijk');
  assert.equal(findStreetInText(kempenhout, 'Heidestraat 14: wanneer wordt mijn gft-container weer geledigd?')?.street.zone, '2');
  assert.equal(findStreetInText(kempenhout, 'papier in de Pastoor Dierckxstraat')?.street.street, 'Pastoor Dierckxstraat');
  assert.equal(findStreetInText(leiebeke, 'gft in de stationstraat')?.street.street, 'Stationsstraat');
  assert.equal(findStreetInText(leiebeke, 'restafval in de Guido Gezelle straat')?.street.street, 'Guido Gezellestraat');
});

test('findStreetInText does not turn ordinary words into streets', () => {
  assert.equal(findStreetInText(leiebeke, 'wanneer wordt de pmd opgehaald?'), null);
  assert.equal(findStreetInText(kempenhout, 'wanneer sluit het containerpark?'), null, '"sluit" is no typo of Sluis here');
  assert.equal(findStreetInText(leiebeke, 'is de kerk open?'), null);
  assert.equal(findStreetInText(leiebeke, 'wanneer komen ze het huisvuil ophalen'), null);
});

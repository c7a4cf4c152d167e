// Golden rankings: resident questions (new phrasings, not the evaluation set's) and the product
// that must come first, with why. A change that moves one of these is a change in behaviour.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerTurn } from './answer-turn.js';
import { demoKnowledge } from './test-support/demo-knowledge.js';

const NOW = new Date('2027-03-10T10:00:00+01:00');

const GOLDEN: Array<[tenant: string, question: string, expected: string, why: string]> = [
  ['leiebeke', 'mijn identiteitskaart vervalt volgende maand', 'eid-aanvragen', 'renewal of the eID; "vervalt" appears in its procedure'],
  ['leiebeke', 'ik heb mijn eid verloren', 'eid-verlies-diefstal', '"verloren" maps to verlies, the title word'],
  ['leiebeke', 'paspoort aanvragen voor vakantie', 'reispas', 'paspoort → reispas synonym'],
  ['leiebeke', 'kids-id voor mijn dochtertje van 5', 'kids-id', 'hyphenated product name, children under 12'],
  ['leiebeke', 'mijn rijbewijs is kapot', 'rijbewijs', 'the driving licence itself, not the provisional one'],
  ['leiebeke', 'voorlopig rijbewijs', 'rijbewijs-voorlopig', 'the qualifier "voorlopig" is in only one title'],
  ['leiebeke', 'ik ga verhuizen naar een andere straat', 'adreswijziging', 'verhuizen → adreswijziging'],
  ['leiebeke', 'uittreksel strafregister voor een nieuwe job', 'uittreksel-strafregister', 'title words'],
  ['leiebeke', 'we gaan trouwen in juni', 'huwelijk', 'trouwen → huwelijk'],
  ['leiebeke', 'samenlevingscontract afsluiten', 'wettelijke-samenwoning', 'colloquial name of legal cohabitation'],
  ['leiebeke', 'mijn opa is overleden, wat nu', 'overlijden', 'overleden → overlijden'],
  ['leiebeke', 'urne bijzetten op het kerkhof', 'begraafplaats-concessie', 'kerkhof → begraafplaats, urn place'],
  ['leiebeke', 'ik wil orgaandonor worden', 'orgaandonatie', 'orgaandonor → orgaandonatie'],
  ['leiebeke', 'bouwvergunning voor een veranda', 'omgevingsvergunning', 'bouwvergunning is the old name of the omgevingsvergunning'],
  ['leiebeke', 'huisnummer voor mijn nieuwbouw', 'huisnummer', 'title word'],
  ['leiebeke', 'keuring van mijn huurwoning', 'conformiteitsattest', 'woningkeuring → conformiteitsattest'],
  ['leiebeke', 'parkeerkaart voor bewoners van het centrum', 'bewonerskaart', 'parkeerkaart bewoners → bewonerskaart'],
  ['leiebeke', 'stelling op de stoep plaatsen voor gevelwerken', 'inname-openbaar-domein', 'stelling → inname openbaar domein'],
  ['leiebeke', 'een buurtfeest organiseren in onze straat', 'evenement-organiseren', 'buurtfeest → evenement'],
  ['leiebeke', 'kapotte straatlamp in mijn straat', 'melding-openbaar-domein', 'a defect in the public domain is reported'],
  ['leiebeke', 'grof huisvuil laten ophalen aan huis', 'grofvuil', 'grof huisvuil → grofvuil (not restafval)'],
  ['leiebeke', 'wat mag ik naar het containerpark brengen', 'recyclagepark', 'containerpark → recyclagepark'],
  ['leiebeke', 'nieuwe pmd zakken kopen', 'afvalzakken-containers', 'buying official bags'],
  ['leiebeke', 'compostvat bestellen', 'thuiscomposteren', 'compostvat is the local word for the product'],
  ['scheldegem', 'hulp van het ocmw want ik heb schulden', 'leefloon', 'schulden → financiële hulp, leefloon'],
  ['scheldegem', 'opvang voor mijn kinderen na school', 'buitenschoolse-opvang', 'naschoolse opvang synonym'],
  ['scheldegem', 'speelpleinwerking in de zomer', 'sportkampen', 'holiday activities for children'],
  ['scheldegem', 'een zaal huren voor een verjaardagsfeest', 'zaalverhuur', 'zaal huren → zaalverhuur'],
  ['scheldegem', 'uitpas met kansentarief', 'uitpas', 'title words'],
  ['scheldegem', 'klacht over de dienstverlening', 'klacht-indienen', 'klacht is the title word'],
  ['kempenhout', 'aanslagbiljet gemeentebelasting ontvangen', 'gemeentebelastingen', 'aanslagbiljet → gemeentebelasting'],
  ['kempenhout', 'wilsverklaring euthanasie laten registreren', 'wilsverklaring-euthanasie', 'title words'],
  ['kempenhout', 'Belgische nationaliteit aanvragen', 'nationaliteit', 'title words'],
  ['kempenhout', 'handtekening laten legaliseren', 'handtekening-wettigen', 'legaliseren → wettigen'],
  ['kempenhout', 'I need a new passport', 'reispas', 'English passport → reispas'],
  ['kempenhout', 'how do I get a residents parking permit', 'bewonerskaart', 'English parking permit → bewonerskaart'],
];

describe('golden rankings', () => {
  const knowledge = demoKnowledge();
  for (const [tenant, question, expected, why] of GOLDEN) {
    it(`${tenant}: "${question}" → ${expected} (${why})`, () => {
      const { reply } = answerTurn(knowledge[tenant]!, question, NOW);
      assert.equal(reply.type, 'answer', reply.text);
      assert.equal(reply.sources[0]?.id, expected);
    });
  }
  it('has at least 30 questions across the tenants', () => {
    assert.ok(GOLDEN.length >= 30);
    assert.equal(new Set(GOLDEN.map(([t]) => t)).size, 3);
  });
});

// The three real IPDC/LPDC samples from ../shared (read in place, never copied into this repository).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readIpdcFile, type IpdcProduct } from './index.js';

const SAMPLES = fileURLToPath(new URL('../../../../shared/data/ipdc-samples/', import.meta.url));
const skip = existsSync(SAMPLES) ? false : `the IPDC samples are not at ${SAMPLES} (../shared is absent); skipped`;

async function readSample(fileName: string): Promise<IpdcProduct> {
  const result = await readIpdcFile({ fileName, content: readFileSync(`${SAMPLES}${fileName}`, 'utf8') });
  assert.deepEqual(result.problems, []);
  assert.equal(result.products.length, 1);
  return result.products[0]!;
}

const HTML_TAG = /<\/?[a-z][^>]*>/i;

describe('the real IPDC samples', { skip }, () => {
  it('reads the concept "Akte van geboorte" (783) from Turtle', async () => {
    const product = await readSample('concept-akte-van-geboorte-783.ttl');
    assert.equal(product.kind, 'concept');
    assert.equal(product.uri, 'https://ipdc.vlaanderen.be/id/conceptsnapshot/e52a455e-211d-4697-b7f6-1a5fbd6ec571');
    assert.equal(product.conceptUri, 'https://ipdc.vlaanderen.be/id/concept/1f2bc2b3-326e-4cf4-a3e9-b2a45534893e');
    assert.equal(product.productNumber, '783');
    assert.equal(product.title.nl, 'Akte van geboorte');
    assert.equal(product.title.en, 'Birth certificate');
    // n3 refuses this tag (a 9-character subtag); it must still arrive, spelled as IPDC spells it.
    assert.equal(product.title['nl-BE-x-generated-informal'], 'Akte van geboorte');
    assert.equal(product.title['nl-BE-x-formal'], 'Akte van geboorte');
    assert.match(product.description.nl ?? '', /^De akte van geboorte wordt opgemaakt/);
    assert.doesNotMatch(product.description.nl ?? '', HTML_TAG);

    assert.equal(product.requirements.length, 1);
    const requirement = product.requirements[0]!;
    assert.equal(requirement.title.nl, 'Voorwaarden');
    assert.match(requirement.description.nl ?? '', /\*\*gegevens over de geboorte\*\*/);
    assert.match(requirement.description.nl ?? '', /^### Wie kan een afschrift of uittreksel aanvragen\?$/m);
    assert.doesNotMatch(requirement.description.nl ?? '', HTML_TAG);
    assert.equal(requirement.evidence?.title.nl, 'Bewijs');
    assert.match(requirement.evidence?.description['nl-BE-x-generated-informal'] ?? '', /jouw eigen identiteitskaart/);

    assert.equal(product.procedures.length, 1);
    assert.equal(product.procedures[0]?.title.nl, 'Procedure');
    assert.match(product.procedures[0]?.description.nl ?? '', /\*\*gemeentebestuur\*\*/);
    assert.match(product.procedures[0]?.description.en ?? '', /Civil Affairs Office/);

    // The same 8 keywords come tagged @en (a quirk of the source) and @nl-BE-x-formal: kept once.
    assert.equal(product.keywords.length, 8);
    assert.ok(product.keywords.includes('geboorteakte'));
    assert.deepEqual(product.themes, ['https://productencatalogus.data.vlaanderen.be/id/concept/Thema/BurgerOverheid']);
    assert.deepEqual(product.targetAudiences, ['https://productencatalogus.data.vlaanderen.be/id/concept/Doelgroep/Burger']);
    assert.deepEqual(product.costs, []);
    assert.deepEqual(product.websites, []);
    assert.equal(product.sourceUrl, undefined);
  });

  it('reads the concept "Jachtverlof en jachtvergunning" (186) with its cost, regulation and website', async () => {
    const product = await readSample('concept-jachtverlof-en-jachtvergunning-186.ttl');
    assert.equal(product.productNumber, '186');
    assert.equal(product.title.nl, 'Jachtverlof en jachtvergunning');
    assert.equal(product.costs.length, 1);
    assert.equal(product.costs[0]?.title.nl, 'Kost');
    assert.match(product.costs[0]?.description.nl ?? '', /\*\*jachtverlof\*\* kost 175 euro/);
    assert.match(product.regulation.nl ?? '', /^Het Jachtdecreet van 24 juli 1991/);
    assert.doesNotMatch(product.regulation.nl ?? '', HTML_TAG);
    assert.deepEqual(product.websites, [
      {
        title: {
          'nl-BE-x-generated-informal': 'Jachtverlof en jachtvergunning (Agentschap voor Natuur en Bos)',
          nl: 'Jachtverlof en jachtvergunning (Agentschap voor Natuur en Bos)',
          'nl-BE-x-formal': 'Jachtverlof en jachtvergunning (Agentschap voor Natuur en Bos)',
        },
        url: 'https://www.natuurenbos.be/beleid-wetgeving/natuurgebruik/jacht/jachtverlof-en-jachtvergunning',
      },
    ]);
    assert.equal(product.sourceUrl, product.websites[0]?.url);
    // Links inside the texts survive as Markdown links.
    assert.match(product.requirements[0]?.description.nl ?? '', /\[theoretisch jachtexamen\]\(https:\/\/www\.vlaanderen\.be\/theoretisch-jachtexamen\)/);
  });

  it('reads the Oostende instance "Akte van adoptie" (1496) from expanded JSON-LD', async () => {
    const product = await readSample('instance-oostende-akte-van-adoptie.jsonld');
    assert.equal(product.kind, 'instance');
    assert.equal(product.uri, 'http://data.lblod.info/id/public-service/3cf70fcb-45d5-4f3a-83c1-e69541195847');
    assert.equal(product.conceptUri, 'https://ipdc.vlaanderen.be/id/concept/9250faec-c65a-4f28-a343-e9b7028e6cdb');
    assert.equal(product.productNumber, '1496');
    assert.equal(product.title.nl, 'Akte van adoptie');
    assert.equal(product.title.en, 'Adoption certificate');
    assert.ok(product.spatial.includes('BE25535013'));
    assert.ok(product.spatial.includes('http://data.lblod.info/id/bestuurseenheden/764a0c6bbc866153ae70cf75d745b9477fa010567246cfe6683b7bb8aec541b4'));
    assert.deepEqual(product.competentAuthorities, ['https://data.vlaanderen.be/id/organisatie/OVO000001']);

    assert.deepEqual(product.contactPoints, [
      {
        email: 'burgerzaken@oostende.be',
        telephone: '0800 1 8400',
        url: 'https://www.oostende.be/adoptie',
        openingHours: 'Mo-We: 09:00-16:00; Th 09:00-12:30 & 16:30-20:00; Fr:09:00-13:00',
        address: 'Vindictivelaan 1, 8400 Oostende, België',
      },
    ]);
    assert.deepEqual(
      product.websites.map((site) => site.url).sort(),
      [
        'https://justitie.belgium.be/nl/themas_en_dossiers/kinderen_en_jongeren/adoptie',
        'https://www.kindengezin.be/nl/thema/adoptie',
        'https://www.vlaanderen.be/uw-overheid/mijn-burgerprofiel',
      ],
    );
    assert.equal(product.websites.find((site) => site.url.includes('kindengezin'))?.title.nl, 'Kind en Gezin (adoptie)');
    assert.ok(product.sourceUrl !== undefined && product.websites.some((site) => site.url === product.sourceUrl));

    // The procedure's websites, one of them with two URLs (both kept).
    const procedure = product.procedures[0]!;
    assert.deepEqual(
      procedure.websites.map((site) => site.url).sort(),
      [
        'https://afspraken.oostende.be/internetafspraken/Product=128',
        'https://afspraken.oostende.be/internetafspraken/Product=201',
        'https://oostende.egovflow.be/request/add/BS-100-A',
        'https://www.vlaanderen.be/uw-overheid/mijn-burgerprofiel',
      ],
    );
    // LPDC's editor attributes (__rdfaid, data-indentation-level) and the relative link "/node/21473" are gone, the text stays.
    assert.match(procedure.description.nl ?? '', /attestenpagina van ‘Mijn Burgerprofiel’/);
    assert.doesNotMatch(procedure.description.nl ?? '', /node\/21473|rdfaid|indentation|</);
    assert.equal(product.requirements[0]?.evidence?.title.nl, 'Bewijs');
    assert.match(product.requirements[0]?.description.nl ?? '', /akte van adoptie/i);
  });
});

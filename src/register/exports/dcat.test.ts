// The DCAT-AP catalogue: valid JSON-LD that expands and converts to RDF without fetching anything.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { smallRegister } from '../test-support/stored-entries.js';
import { entriesToDcat, type CatalogueFormat } from './dcat.js';

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const VCARD = 'http://www.w3.org/2006/vcard/ns#';
const FOAF = 'http://xmlns.com/foaf/0.1/';

// Any attempt to load a remote document fails the test: the context must be inline.
const documentLoader = async (url: string): Promise<never> => {
  throw new Error(`tried to fetch ${url}`);
};

const doc = entriesToDcat(smallRegister(), {
  baseUrl: 'https://register.example/register',
  entryUrl: (id) => `/register/${id}`,
  downloadUrl: (format: CatalogueFormat) => `/register/export.${format}`,
  title: 'AI-register van de lokale besturen',
  publisher: { name: 'Vereniging van Vlaamse Steden en Gemeenten', code: '0451.857.573' },
  modified: new Date('2026-03-01T10:00:00Z'),
});

async function quads(): Promise<Quad[]> {
  const nquads = (await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader })) as unknown as string;
  return new Parser({ format: 'N-Quads' }).parse(nquads);
}

const objects = (all: Quad[], subject: string, predicate: string) =>
  all.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object);

describe('entriesToDcat', () => {
  it('expands as JSON-LD without a remote context', async () => {
    const expanded = await jsonld.expand(doc, { documentLoader });
    assert.equal(expanded.length, 1);
    assert.deepEqual(expanded[0]?.['@type'], [`${DCAT}Catalog`]);
  });

  it('has one dcat:Dataset per entry, identified by the entry id and its absolute public URL', async () => {
    const all = await quads();
    const datasets = all.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${DCAT}Dataset`).map((q) => q.subject.value);
    assert.deepEqual(datasets.sort(), ['e1', 'e2', 'e3', 'e4', 'e5'].map((id) => `https://register.example/register/${id}`));
    for (const url of datasets) {
      const id = url.split('/').at(-1);
      assert.deepEqual(objects(all, url, `${DCT}identifier`).map((o) => o.value), [id]);
      assert.deepEqual(objects(all, url, `${DCAT}landingPage`).map((o) => o.value), [url]);
    }
    const catalogue = 'https://register.example/register';
    assert.equal(objects(all, catalogue, `${DCAT}dataset`).length, 5);
  });

  it('describes an entry in Dutch, with its publisher, dates, keywords and contact point', async () => {
    const all = await quads();
    const e1 = 'https://register.example/register/e1';
    const [title] = objects(all, e1, `${DCT}title`);
    assert.equal(title?.value, "Slimme camera's tegen sluikstort");
    assert.equal(title?.termType === 'Literal' ? title.language : undefined, 'nl');
    const [issued] = objects(all, e1, `${DCT}issued`);
    assert.equal(issued?.termType === 'Literal' ? issued.datatype.value : undefined, 'http://www.w3.org/2001/XMLSchema#dateTime');
    assert.equal(issued?.value, '2025-02-01T08:00:00.000Z');
    const [publisher] = objects(all, e1, `${DCT}publisher`);
    assert.deepEqual(objects(all, publisher?.value ?? '', `${FOAF}name`).map((o) => o.value), ['Stad Kortrijk']);
    assert.deepEqual(objects(all, publisher?.value ?? '', `${DCT}identifier`).map((o) => o.value), ['0207.451.227']);
    assert.deepEqual(objects(all, e1, `${DCAT}keyword`).map((o) => o.value).sort(), ['Netheid', 'Veiligheid']);
    const [contact] = objects(all, e1, `${DCAT}contactPoint`);
    assert.deepEqual(objects(all, contact?.value ?? '', `${VCARD}hasEmail`).map((o) => o.value), ['mailto:ai@leiebeke.be']);
    assert.equal(objects(all, e1, `${DCT}contributor`).length, 1, 'the partner');
  });

  it('leaves out the contact point of an entry compiled from public sources without one', async () => {
    const all = await quads();
    assert.deepEqual(objects(all, 'https://register.example/register/e4', `${DCAT}contactPoint`), []);
  });

  it("offers the catalogue's downloads as distributions with their media types", async () => {
    const all = await quads();
    const distributions = objects(all, 'https://register.example/register', `${DCAT}distribution`);
    const offered = distributions.map((d) => ({
      url: objects(all, d.value, `${DCAT}downloadURL`)[0]?.value,
      access: objects(all, d.value, `${DCAT}accessURL`)[0]?.value,
      mediaType: objects(all, d.value, `${DCAT}mediaType`)[0]?.value,
    }));
    assert.deepEqual(
      offered.sort((a, b) => String(a.url).localeCompare(String(b.url))),
      [
        { url: 'https://register.example/register/export.algoritmeregister', mediaType: 'http://www.iana.org/assignments/media-types/application/json' },
        { url: 'https://register.example/register/export.atom', mediaType: 'http://www.iana.org/assignments/media-types/application/atom+xml' },
        { url: 'https://register.example/register/export.csv', mediaType: 'http://www.iana.org/assignments/media-types/text/csv' },
        { url: 'https://register.example/register/export.json', mediaType: 'http://www.iana.org/assignments/media-types/application/json' },
      ].map((d) => ({ ...d, access: d.url })),
    );
    const [title] = objects(all, 'https://register.example/register', `${DCT}title`);
    assert.equal(title?.value, 'AI-register van de lokale besturen');
  });
});

// Reading one IPDC file: fixtures written for Loket, and every kind of bad input as problems.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { MAX_IPDC_FILE_BYTES, readIpdcFile } from './index.js';

const fixture = (name: string) => ({ fileName: name, content: readFileSync(new URL(`test-fixtures/${name}`, import.meta.url), 'utf8') });

const CONCEPT = 'https://productencatalogus.data.vlaanderen.be/ns/ipdc-lpdc#ConceptualPublicServiceSnapshot';
const TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const TITLE = 'http://purl.org/dc/terms/title';
const DESCRIPTION = 'http://purl.org/dc/terms/description';

/** N-Triples lines for a concept `id` with the given literal lines. */
function concept(id: string, ...triples: Array<[string, string]>): string {
  const subject = `<https://ipdc.example/id/conceptsnapshot/${id}>`;
  return [`${subject} <${TYPE}> <${CONCEPT}> .`, ...triples.map(([p, o]) => `${subject} <${p}> ${o} .`)].join('\n');
}

describe('readIpdcFile', () => {
  it('reads a file with two products, with prefixes, multi-line literals and every section', async () => {
    const { products, problems } = await readIpdcFile(fixture('two-products.ttl'));
    assert.deepEqual(problems, []);
    assert.deepEqual(products.map((p) => p.productNumber), ['9001', '9002']);
    const [parking, event] = products;
    assert.equal(parking?.conceptUri, 'https://ipdc.example/id/concept/parkeerkaart');
    assert.equal(parking?.description['nl-BE-x-generated-formal'], 'Met een bewonerskaart parkeert u in uw eigen zone.');
    assert.equal(parking?.additionalDescription.nl, 'De kaart is _persoonlijk_.');
    assert.equal(parking?.exception.nl, 'Niet voor bedrijfswagens.');
    assert.deepEqual(parking?.financialAdvantages, [{ title: { nl: 'Korting' }, description: { nl: 'Tweede kaart aan halve prijs.' } }]);
    // sh:order decides, not the order of mention.
    assert.deepEqual(parking?.costs.map((c) => c.title.nl), ['Eerste kaart', 'Tweede kaart']);
    assert.deepEqual(parking?.keywords, ['Parkeren', 'bewonerskaart']);
    assert.equal(parking?.sourceUrl, 'https://gemeente.example/parkeren');
    // A Dutch variant other than plain "nl" is a Dutch title too.
    assert.deepEqual(event?.title, { 'nl-BE-x-generated-informal': 'Evenementenvergunning' });
  });

  it('leaves out a product without a Dutch title, naming it, and keeps the others', async () => {
    const content = [
      concept('untitled', [DESCRIPTION, '"<p>Geen titel.</p>"@nl']),
      concept('english', [TITLE, '"Only English"@en']),
      concept('fine', [TITLE, '"Goed product"@nl']),
    ].join('\n');
    const { products, problems } = await readIpdcFile({ fileName: 'titles.nt', content });
    assert.deepEqual(products.map((p) => p.title.nl), ['Goed product']);
    assert.equal(problems.length, 2);
    for (const [i, id] of ['untitled', 'english'].entries()) {
      assert.equal(problems[i]?.file, 'titles.nt');
      assert.equal(problems[i]?.field, 'title');
      assert.match(problems[i]?.message ?? '', new RegExp(`<https://ipdc\\.example/id/conceptsnapshot/${id}>.*no Dutch title`));
    }
  });

  it('strips scripts, frames, handlers and javascript: links from texts and websites', async () => {
    const { products, problems } = await readIpdcFile(fixture('hostile-html.ttl'));
    const description = products[0]?.description.nl ?? '';
    assert.doesNotMatch(description, /script|iframe|onclick|onmouseover|onerror|javascript|alert|frame text|color/i);
    assert.match(description, /Klik \*\*hier\*\*/);
    assert.match(description, /js-link \[goede link\]\(https:\/\/gemeente\.example\/ok\)/);
    assert.deepEqual(products[0]?.websites, []);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.field, 'websites[0].url');
    assert.match(problems[0]?.message ?? '', /"javascript:alert\(6\)" is not an http\(s\) URL/);
  });

  it('reports broken Turtle with the line of the error and reads nothing from it', async () => {
    const content = [concept('a', [TITLE, '"Eerste"@nl']), '<https://ipdc.example/x> <http://purl.org/dc/terms/title> "kapot"@nl', '<https://ipdc.example/y> .'].join('\n');
    const { products, problems } = await readIpdcFile({ fileName: 'broken.ttl', content });
    assert.deepEqual(products, []);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.file, 'broken.ttl');
    assert.equal(problems[0]?.line, 4);
    assert.match(problems[0]?.message ?? '', /^Turtle syntax error: /);
  });

  it('reports the line of a JSON syntax error', async () => {
    // A missing comma: Node 20 names the position, later versions the line; both give line 4.
    const { problems } = await readIpdcFile({ fileName: 'broken.jsonld', content: '{\n  "@id": "https://ipdc.example/a",\n  "x": 1\n  "y": 2\n}' });
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.line, 4);
    assert.match(problems[0]?.message ?? '', /^JSON syntax error/);
  });

  it('refuses a remote JSON-LD context without fetching it', async () => {
    let served = 0;
    const server = createServer((_req, res) => {
      served += 1;
      res.writeHead(200, { 'content-type': 'application/ld+json' }).end('{"@context": {"title": "http://purl.org/dc/terms/title"}}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const contextUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/context.jsonld`;
    const realFetch = globalThis.fetch;
    let fetched = 0;
    globalThis.fetch = async (...args) => {
      fetched += 1;
      return realFetch(...args);
    };
    try {
      const content = JSON.stringify({ '@context': contextUrl, '@id': 'https://ipdc.example/a', '@type': CONCEPT, title: { '@value': 'Titel', '@language': 'nl' } });
      const { products, problems } = await readIpdcFile({ fileName: 'remote.jsonld', content });
      assert.deepEqual(products, []);
      assert.equal(problems.length, 1);
      assert.equal(problems[0]?.file, 'remote.jsonld');
      assert.match(problems[0]?.message ?? '', new RegExp(`remote JSON-LD context "${contextUrl.replace(/[.]/g, '\\.')}" is not fetched`));
      assert.equal(served, 0);
      assert.equal(fetched, 0);
    } finally {
      globalThis.fetch = realFetch;
      server.close();
    }
  });

  it('reports unknown and missing language tags and keeps the known languages', async () => {
    const content = JSON.stringify([
      {
        '@id': 'https://ipdc.example/id/conceptsnapshot/talen',
        '@type': [CONCEPT],
        [TITLE]: [
          { '@value': 'Talen', '@language': 'nl' },
          { '@value': 'Idiomas', '@language': 'es' },
          { '@value': 'Langues', '@language': 'FR' },
        ],
        [DESCRIPTION]: [{ '@value': '<p>Zonder taal</p>' }, { '@value': '<p>Dialect</p>', '@language': 'nl-BE-x-west-vlaams' }],
      },
    ]);
    const { products, problems } = await readIpdcFile({ fileName: 'talen.json', content });
    assert.deepEqual(products[0]?.title, { nl: 'Talen', fr: 'Langues' });
    assert.deepEqual(products[0]?.description, {});
    const messages = (field: string) => problems.filter((p) => p.field === field).map((p) => p.message).sort();
    assert.equal(problems.length, 3);
    assert.match(messages('title').join('\n'), /^product <https:\/\/ipdc\.example\/id\/conceptsnapshot\/talen>: dct:title has unknown language tag "es"/);
    assert.match(messages('description')[0] ?? '', /dct:description "<p>Zonder taal<\/p>" has no language tag/);
    assert.match(messages('description')[1] ?? '', /unknown language tag "nl-be-x-west-vlaams"/);
  });

  it('sniffs the format when the name does not tell', async () => {
    const json = JSON.stringify({ '@id': 'https://ipdc.example/a', '@type': CONCEPT, [TITLE]: { '@value': 'Uit JSON', '@language': 'nl' } });
    const turtle = concept('b', [TITLE, '"Uit Turtle"@nl']);
    assert.equal((await readIpdcFile({ fileName: 'export', content: json })).products[0]?.title.nl, 'Uit JSON');
    assert.equal((await readIpdcFile({ fileName: 'export.txt', content: turtle })).products[0]?.title.nl, 'Uit Turtle');
  });

  it('reports an empty file and a file without products', async () => {
    assert.deepEqual(await readIpdcFile({ fileName: 'empty.ttl', content: '' }), { products: [], problems: [{ file: 'empty.ttl', message: 'file is empty' }] });
    assert.deepEqual((await readIpdcFile({ fileName: 'blank.jsonld', content: ' \n\t' })).problems, [{ file: 'blank.jsonld', message: 'file is empty' }]);
    const none = await readIpdcFile({ fileName: 'other.ttl', content: '<https://x.example/a> <https://x.example/b> "c" .' });
    assert.deepEqual(none.products, []);
    assert.match(none.problems[0]?.message ?? '', /no IPDC concept or LPDC instance found/);
  });

  it('refuses a file over 10 MB before parsing it', async () => {
    assert.equal(MAX_IPDC_FILE_BYTES, 10 * 1024 * 1024);
    // Valid Turtle, so only the size can be the reason; multi-byte characters count as bytes.
    const padding = `# ${'é'.repeat(MAX_IPDC_FILE_BYTES / 2)}\n`;
    const { products, problems } = await readIpdcFile({ fileName: 'big.ttl', content: `${padding}${concept('big', [TITLE, '"Groot"@nl'])}` });
    assert.deepEqual(products, []);
    assert.deepEqual(problems, [{ file: 'big.ttl', message: 'file is 10.0 MB; the limit is 10 MB' }]);
  });
});

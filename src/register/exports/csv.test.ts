// The CSV export: a round trip through a CSV parser, stable columns, and no formula a spreadsheet would run.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { smallRegister, storedEntry } from '../test-support/stored-entries.js';
import { entriesToCsv, entryCsvHeaders } from './csv.js';
import { guardCsvText } from './write-csv.js';

const entryUrl = (id: string) => `https://register.example/register/${id}`;
const records = (csv: string) => parse(csv, { columns: true }) as Array<Record<string, string>>;

describe('entriesToCsv', () => {
  it('writes a header row and one row per entry, with codes, labels and organisation codes', () => {
    const csv = entriesToCsv(smallRegister(), { entryUrl });
    const rows = records(csv);
    assert.deepEqual(rows.map((r) => r.id), ['e1', 'e2', 'e3', 'e4', 'e5']);
    const [e1, e2] = rows;
    assert.equal(e1?.url, 'https://register.example/register/e1');
    assert.equal(e1?.['leadOrganisation.code'], '0207.451.227');
    assert.equal(e1?.status, 'in-use');
    assert.equal(e1?.statusLabel, 'In gebruik');
    assert.equal(e1?.kindsOfAi, 'computer-vision; machine-learning');
    assert.equal(e1?.kindsOfAiLabel, 'Beeldherkenning; Machinaal leren');
    assert.equal(e1?.['timeline.inUseSince'], '2023-10');
    assert.equal(e1?.['principles.reliability.selfScore'], '4');
    assert.equal(e1?.['principles.aiAwareness.selfScore'], '');
    assert.equal(e1?.publishedAt, '2025-02-01T08:00:00.000Z');
    assert.equal(e2?.['partnerOrganisations.name'], 'Stad Kortrijk; Gemeente Zwevegem');
    assert.equal(e2?.['partnerOrganisations.code'], '', 'no partner has a code');
    assert.equal(rows[4]?.['partnerOrganisations.code'], '0207.451.227');
    assert.equal(rows[3]?.['compiledFrom.sources'], 'https://www.kuurne.be/verkeer');
  });

  it('keeps its columns in the published order (new columns only at the end)', () => {
    const header = entriesToCsv([], { entryUrl }).split('\r\n')[0];
    assert.equal(header, entryCsvHeaders.join(','));
    assert.deepEqual(entryCsvHeaders.slice(0, 8), [
      'id',
      'url',
      'name',
      'shortDescription',
      'leadOrganisation.name',
      'leadOrganisation.code',
      'partnerOrganisations.name',
      'partnerOrganisations.code',
    ]);
    assert.equal(entryCsvHeaders.at(-1), 'updatedAt');
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says and reads them back unchanged', () => {
    const name = 'Zegt "hallo", en\r\nmeer';
    const description = 'Regel één\nregel twee, met "aanhalingstekens"';
    const csv = entriesToCsv([storedEntry('q', { name, shortDescription: description })], { entryUrl });
    assert.ok(csv.includes('"Zegt ""hallo"", en\r\nmeer"'));
    assert.ok(csv.split('\r\n')[0]?.startsWith('id,url,name'), 'records end in CRLF');
    const [row] = records(csv);
    assert.equal(row?.name, name);
    assert.equal(row?.shortDescription, description);
  });

  it('prefixes an apostrophe to text a spreadsheet would run as a formula', () => {
    const stored = storedEntry('f', {
      name: '=HYPERLINK("https://kwaad.example","klik")',
      shortDescription: '+32 voor de helpdesk',
      department: '@SUM(A1:A9)',
      supplier: '-1+1',
      themes: ['=1+1', 'Mobiliteit'],
    });
    // The schema trims text, so a leading tab or carriage return only comes from older stored data.
    stored.entry.considerations = '\tverborgen';
    stored.entry.riskManagement = '\r=1+1';
    const [row] = records(entriesToCsv([stored], { entryUrl }));
    assert.equal(row?.name, `'=HYPERLINK("https://kwaad.example","klik")`);
    assert.equal(row?.shortDescription, "'+32 voor de helpdesk");
    assert.equal(row?.department, "'@SUM(A1:A9)");
    assert.equal(row?.supplier, "'-1+1");
    assert.equal(row?.considerations, "'\tverborgen");
    assert.equal(row?.riskManagement, "'\r=1+1");
    assert.equal(row?.themes, "'=1+1; Mobiliteit");
    assert.equal(row?.purposeAndImpact, 'Doel en impact.', 'ordinary text is left alone');
  });

  it('guards the characters OWASP lists, and only at the start', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) assert.equal(guardCsvText(`${start}x`), `'${start}x`);
    assert.equal(guardCsvText('a=b'), 'a=b');
    assert.equal(guardCsvText(''), '');
  });

  it('never includes who wrote an entry', () => {
    const csv = entriesToCsv(smallRegister(), { entryUrl });
    assert.ok(!csv.includes('auteur@voorbeeld.be'));
    assert.ok(!entryCsvHeaders.includes('author'));
  });
});

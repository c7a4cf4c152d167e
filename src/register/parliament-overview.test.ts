// The annex for parliament: a row per entry and organisation involved, in Dutch, and as CSV.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { overviewToCsv, parliamentOverview } from './parliament-overview.js';
import { smallRegister } from './test-support/stored-entries.js';

const entryUrl = (id: string) => `https://register.example/register/${id}`;

describe('parliament overview', () => {
  const rows = parliamentOverview(smallRegister(), { entryUrl });

  it('has a row for every organisation involved in every entry, sorted by organisation then entry name', () => {
    assert.deepEqual(
      rows.map((r) => [r.organisationName, r.role, r.entryId]),
      [
        ['Gemeente Harelbeke', 'partner', 'e4'],
        ['Gemeente Kuurne', 'lead', 'e2'], // Chatbot voor het loket
        ['Gemeente Kuurne', 'lead', 'e4'], // Oude verkeerstellingen
        ['Gemeente Kuurne', 'partner', 'e1'], // Slimme camera's
        ['Gemeente Zwevegem', 'partner', 'e2'],
        ['Gemeente Zwevegem', 'lead', 'e3'],
        ['Intercommunale Leiedal', 'lead', 'e5'],
        ['Stad Kortrijk', 'partner', 'e5'], // Afvalkalender-assistent
        ['Stad Kortrijk', 'partner', 'e2'],
        ['Stad Kortrijk', 'lead', 'e1'],
      ],
    );
  });

  it('fills each row with labels, the timing phrase, the supplier and the public URL', () => {
    assert.deepEqual(rows.find((r) => r.entryId === 'e1' && r.role === 'lead'), {
      organisationName: 'Stad Kortrijk',
      organisationCode: '0207.451.227',
      role: 'lead',
      entryId: 'e1',
      entryName: "Slimme camera's tegen sluikstort",
      programme: 'City of Things',
      purpose: 'Camera’s herkennen sluikstort aan glasbollen.',
      status: 'In gebruik',
      timing: 'in gebruik sinds oktober 2023',
      supplier: 'Citymesh',
      url: 'https://register.example/register/e1',
    });
    const timing = Object.fromEntries(rows.map((r) => [r.entryId, r.timing]));
    assert.deepEqual(timing, {
      e1: 'in gebruik sinds oktober 2023',
      e2: 'proefproject sinds 1 maart 2025',
      e3: 'gepland vanaf 2027',
      e4: 'in gebruik van 2019 tot december 2024',
      e5: 'idee (datum niet bekend)',
    });
    assert.equal(rows.find((r) => r.entryId === 'e2')?.programme, 'Gemeente zonder Gemeentehuis');
    assert.equal(rows.find((r) => r.entryId === 'e3')?.supplier, undefined);
  });

  it('writes the annex as CSV with Dutch headers and a byte order mark for spreadsheets', () => {
    const csv = overviewToCsv(rows);
    assert.ok(csv.startsWith('\uFEFFOrganisatie,Code organisatie,Rol,'));
    const records = parse(csv, { bom: true, columns: true }) as Array<Record<string, string>>;
    assert.equal(records.length, 10);
    assert.deepEqual(records.at(-1), {
      Organisatie: 'Stad Kortrijk',
      'Code organisatie': '0207.451.227',
      Rol: 'trekker',
      Id: 'e1',
      Naam: "Slimme camera's tegen sluikstort",
      Programma: 'City of Things',
      Doel: 'Camera’s herkennen sluikstort aan glasbollen.',
      Status: 'In gebruik',
      Timing: 'in gebruik sinds oktober 2023',
      Leverancier: 'Citymesh',
      Link: 'https://register.example/register/e1',
    });
    assert.equal(records[0]?.Rol, 'partner');
  });
});

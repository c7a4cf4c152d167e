// Reading FAQ sheets saved as XLSX: which worksheet, formula results, hyperlinks and damaged workbooks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFaqSheet } from './index.js';
import { xlsxFile } from './test-support/faq-files.js';

describe('reading an FAQ sheet saved as XLSX', () => {
  it('reads the worksheet named "Veelgestelde vragen" over the first one, with formula results and a hyperlink', async () => {
    const file = await xlsxFile((workbook) => {
      workbook.addWorksheet('Uitleg').addRows([['Vraag', 'Antwoord'], ['Niet deze?', 'Dit is uitleg, geen FAQ.']]);
      const faq = workbook.addWorksheet('Veelgestelde vragen');
      faq.addRow(['Vraag', 'Antwoord', 'Productid', 'Trefwoorden', 'Bron']);
      faq.addRow([
        'Wat kost een rijbewijs?',
        { formula: '"Een rijbewijs kost € "&TEXT(25,"0,00")', result: 'Een rijbewijs kost € 25,00' },
        'rijbewijs',
        { richText: [{ text: 'rijbewijs, ' }, { text: 'bromfiets', font: { bold: true } }] },
        { text: 'de website', hyperlink: 'https://www.leiebeke.be/rijbewijs' },
      ]);
      faq.addRow([]);
      faq.addRow(['Wanneer is het gemeentehuis open?', 'Elke werkdag van 9 tot 12 uur.\nOp dinsdag ook van 16 tot 19 uur.']);
    });
    const { rows, problems } = await readFaqSheet(file);
    assert.deepEqual(problems, []);
    assert.deepEqual(rows, [
      {
        line: 2,
        question: 'Wat kost een rijbewijs?',
        answer: 'Een rijbewijs kost € 25,00',
        productId: 'rijbewijs',
        keywords: ['rijbewijs', 'bromfiets'],
        url: 'https://www.leiebeke.be/rijbewijs',
      },
      { line: 4, question: 'Wanneer is het gemeentehuis open?', answer: 'Elke werkdag van 9 tot 12 uur.\nOp dinsdag ook van 16 tot 19 uur.', keywords: [] },
    ]);
  });

  it('reads the first worksheet when none is named FAQ, and leaves the second alone', async () => {
    const file = await xlsxFile((workbook) => {
      workbook.addWorksheet('Blad1').addRows([['Question', 'Answer'], ['Is er een wifi-netwerk?', 'Ja, in de bibliotheek.']]);
      workbook.addWorksheet('Blad2').addRows([['Question', 'Answer'], ['Blad twee?', 'Wordt niet gelezen.']]);
    });
    const { rows, problems } = await readFaqSheet(file);
    assert.deepEqual(problems, []);
    assert.deepEqual(rows.map((r) => r.question), ['Is er een wifi-netwerk?']);
  });

  it('finds a header and rows that do not start in row 1 and keeps Excel\'s row numbers', async () => {
    const file = await xlsxFile((workbook) => {
      const sheet = workbook.addWorksheet('FAQ');
      sheet.getCell('B3').value = 'vraag';
      sheet.getCell('C3').value = 'antwoord';
      sheet.getCell('B7').value = 'Waar parkeer ik?';
      sheet.getCell('C7').value = 'Op de Markt.';
    });
    const { rows, problems } = await readFaqSheet(file);
    assert.deepEqual(problems, []);
    assert.deepEqual(rows, [{ line: 7, question: 'Waar parkeer ik?', answer: 'Op de Markt.', keywords: [] }]);
  });

  it('reports a formula without a cached result and one that gives an error, on their row and column', async () => {
    const file = await xlsxFile((workbook) => {
      const sheet = workbook.addWorksheet('FAQ');
      sheet.addRow(['Vraag', 'Antwoord']);
      sheet.addRow(['Berekend?', { formula: 'Tarieven!B2' }]);
      sheet.addRow([{ formula: '1/0', result: { error: '#DIV/0!' } }, 'Antwoord.']);
    });
    const { rows, problems } = await readFaqSheet(file);
    assert.deepEqual(rows, []);
    assert.deepEqual(problems, [
      { file: 'faq.xlsx', line: 2, field: 'Antwoord', message: 'the formula =Tarieven!B2 has no calculated value; open the file in Excel and save it again (column B)' },
      { file: 'faq.xlsx', line: 3, field: 'Vraag', message: 'the formula =1/0 gives the error #DIV/0! (column A)' },
    ]);
  });

  it('reads a formula in an ignored column without complaint', async () => {
    const file = await xlsxFile((workbook) => {
      workbook.addWorksheet('FAQ').addRows([['Vraag', 'Antwoord', 'Lengte'], ['Vraag?', 'Antwoord.', { formula: 'LEN(B2)' }]]);
    });
    const { rows, problems } = await readFaqSheet(file);
    assert.deepEqual(problems, []);
    assert.equal(rows.length, 1);
  });

  it('reports a damaged workbook, an old .xls and a workbook that unpacks far beyond its size as one problem each', async () => {
    const damaged = await readFaqSheet({ fileName: 'faq.xlsx', content: Buffer.from('vraag;antwoord\nEen?;Twee.\n') });
    assert.equal(damaged.problems.length, 1);
    assert.match(damaged.problems[0]?.message ?? '', /not a readable XLSX workbook/);

    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    const old = await readFaqSheet({ fileName: 'faq.xls', content: xls });
    assert.equal(old.problems.length, 1);
    assert.match(old.problems[0]?.message ?? '', /old Excel workbook \(\.xls\)/);

    // The same bytes with the declared unpacked size of one part raised to almost 4 GB.
    const file = await xlsxFile((workbook) => workbook.addWorksheet('FAQ').addRows([['Vraag', 'Antwoord'], ['Een?', 'Twee.']]));
    const entry = file.content.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    file.content.writeUInt32LE(0xfffffff0, entry + 24);
    const bomb = await readFaqSheet(file);
    assert.deepEqual(bomb.rows, []);
    assert.equal(bomb.problems.length, 1);
    assert.match(bomb.problems[0]?.message ?? '', /unpacks to more than 200 MB/);
  });

  it('reports a workbook whose FAQ worksheet is empty', async () => {
    const file = await xlsxFile((workbook) => workbook.addWorksheet('FAQ'));
    assert.deepEqual(await readFaqSheet(file), { rows: [], problems: [{ file: 'faq.xlsx', message: 'the worksheet is empty' }] });
  });
});

// Every problem an FAQ sheet can have is reported with its file, line and column, and its row left out.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_FAQ_FILE_BYTES, readFaqSheet } from './index.js';
import { csvFile, xlsxFile } from './test-support/faq-files.js';

describe('problems in an FAQ sheet', () => {
  it('a missing required column is one problem on the header line, and no row is read', async () => {
    const { rows, problems } = await readFaqSheet(csvFile(['Vraag;Uitleg;Trefwoorden', 'Een?;Twee.;drie', 'Vier?;Vijf.;zes']));
    assert.deepEqual(rows, []);
    assert.deepEqual(problems, [
      {
        file: 'faq.csv',
        line: 1,
        field: 'answer',
        message: 'the header has no answer column ("answer" or "antwoord"); it has "Vraag", "Uitleg", "Trefwoorden"',
      },
    ]);
  });

  it('two columns for the same field are a problem on the header line', async () => {
    const { rows, problems } = await readFaqSheet(csvFile(['vraag,antwoord,question', 'Een?,Twee.,Drie?']));
    assert.deepEqual(rows, []);
    assert.deepEqual(problems, [
      { file: 'faq.csv', line: 1, field: 'question', message: 'columns A "vraag" and C "question" both hold the question; keep one' },
    ]);
  });

  it('names line and column of an empty question or answer, a bad product id and a url that is not http(s)', async () => {
    const file = csvFile([
      'Vraag;Antwoord;Product;Link',
      ';Een antwoord zonder vraag.;;',
      'Een vraag zonder antwoord?;  ;;',
      'Hoe vraag ik een eID aan?;Bij burgerzaken.;EID aanvragen;',
      'Waar sorteer ik PMD?;In de blauwe zak.;afval;www.leiebeke.be/afval',
      'Mag ik mailen?;Ja.;;mailto:info@leiebeke.be',
      'Is dit goed?;Ja.;afval-pmd;https://www.leiebeke.be/pmd',
    ]);
    const { rows, problems } = await readFaqSheet(file);
    assert.deepEqual(rows.map((r) => r.line), [7]);
    assert.deepEqual(problems, [
      { file: 'faq.csv', line: 2, field: 'Vraag', message: 'the question is empty (column A)' },
      { file: 'faq.csv', line: 3, field: 'Antwoord', message: 'the answer is empty (column B)' },
      {
        file: 'faq.csv',
        line: 4,
        field: 'Product',
        message: '"EID aanvragen" is not a product id: use lowercase letters, digits and dashes, such as "eid-aanvragen" (column C)',
      },
      { file: 'faq.csv', line: 5, field: 'Link', message: '"www.leiebeke.be/afval" is not a web address starting with http:// or https:// (column D)' },
      { file: 'faq.csv', line: 6, field: 'Link', message: '"mailto:info@leiebeke.be" is not a web address starting with http:// or https:// (column D)' },
    ]);
  });

  it('a question over 500 or an answer over 10,000 characters is a problem; exactly at the limit is not', async () => {
    const file = await xlsxFile((workbook) => {
      workbook.addWorksheet('FAQ').addRows([
        ['Vraag', 'Antwoord'],
        ['é'.repeat(500), 'ë'.repeat(10_000)],
        ['v'.repeat(501), 'Kort.'],
        ['Kort?', 'a'.repeat(10_001)],
      ]);
    });
    const { rows, problems } = await readFaqSheet(file);
    assert.deepEqual(rows.map((r) => r.line), [2]);
    assert.deepEqual(problems, [
      { file: 'faq.xlsx', line: 3, field: 'Vraag', message: 'the question has 501 characters; at most 500 are allowed (column A)' },
      { file: 'faq.xlsx', line: 4, field: 'Antwoord', message: 'the answer has 10001 characters; at most 10000 are allowed (column B)' },
    ]);
  });

  it('a question asked again (ignoring case and spacing) is a problem on the later line only', async () => {
    const file = csvFile([
      'vraag;antwoord',
      'Hoe vraag ik een eID aan?;Bij burgerzaken.',
      'Wat kost een eID?;€ 24,50.',
      'HOE vraag  ik een eid aan?;Maak een afspraak.',
    ]);
    const { rows, problems } = await readFaqSheet(file);
    assert.deepEqual(rows.map((r) => r.line), [2, 3]);
    assert.deepEqual(problems, [
      { file: 'faq.csv', line: 4, field: 'vraag', message: 'the question "HOE vraag ik een eid aan?" is already on line 2 (column A)' },
    ]);
  });

  it('a question repeated after a line with another problem is still reported', async () => {
    const { problems } = await readFaqSheet(csvFile(['vraag;antwoord', 'Open?;', 'open?;Ja.']));
    assert.deepEqual(problems.map((p) => [p.line, p.message]), [
      [2, 'the answer is empty (column B)'],
      [3, 'the question "open?" is already on line 2 (column A)'],
    ]);
  });

  it('reports every problem of one row, not only the first', async () => {
    const { problems } = await readFaqSheet(csvFile(['vraag;antwoord;product;url', ';;Foute Id;ftp://leiebeke.be']));
    assert.deepEqual(problems.map((p) => [p.line, p.field]), [[2, 'vraag'], [2, 'antwoord'], [2, 'product'], [2, 'url']]);
  });

  it('more than 5,000 rows is one problem, on the first row past the limit', async () => {
    const lines = ['vraag;antwoord', ...Array.from({ length: 5001 }, (_, i) => `Vraag ${i}?;Antwoord ${i}.`)];
    const { rows, problems } = await readFaqSheet(csvFile(lines));
    assert.deepEqual(rows, []);
    assert.deepEqual(problems, [
      { file: 'faq.csv', line: 5002, message: 'the sheet has 5001 questions; at most 5000 can be read at once, so split it into several files' },
    ]);
    const atLimit = await readFaqSheet(csvFile(lines.slice(0, -1)));
    assert.deepEqual([atLimit.rows.length, atLimit.problems], [5000, []]);
  });

  it('a file over the size limit is one problem, before it is parsed', async () => {
    assert.equal(MAX_FAQ_FILE_BYTES, 10 * 1024 * 1024);
    const content = Buffer.alloc(MAX_FAQ_FILE_BYTES + 1, 'a');
    assert.deepEqual(await readFaqSheet({ fileName: 'groot.csv', content }), {
      rows: [],
      problems: [{ file: 'groot.csv', message: 'the file is 10.0 MB; the limit is 10 MB' }],
    });
  });

  it('an empty file, or one with only a BOM and blank lines, is one problem', async () => {
    for (const content of [Buffer.alloc(0), Buffer.from('\uFEFF\r\n  \r\n;;\r\n')]) {
      assert.deepEqual(await readFaqSheet({ fileName: 'leeg.csv', content }), {
        rows: [],
        problems: [{ file: 'leeg.csv', message: 'the file is empty' }],
      });
    }
  });

  it('a sheet with only a header has no questions: one problem on the header line', async () => {
    assert.deepEqual(await readFaqSheet(csvFile(['', 'Vraag;Antwoord', ';'])), {
      rows: [],
      problems: [{ file: 'faq.csv', line: 2, message: 'the sheet has no questions: only the header on line 2' }],
    });
  });
});

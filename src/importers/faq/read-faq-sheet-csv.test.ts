// Reading FAQ sheets saved as CSV: Belgian Excel's semicolons, BOM, multi-line answers, header names.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFaqSheet } from './index.js';
import { csvFile } from './test-support/faq-files.js';

describe('reading an FAQ sheet saved as CSV', () => {
  it('reads a Belgian Excel export: semicolons, BOM, CRLF and a quoted answer over three lines', async () => {
    const file = csvFile(
      [
        'Vraag;Antwoord;Product;Trefwoorden;Bron',
        'Hoe vraag ik een eID aan?;"Maak een afspraak bij burgerzaken.',
        'Breng een pasfoto mee; die is recent.',
        '',
        'Kosten: € 24,50."; eid-aanvragen;identiteitskaart, eID | kaart;https://www.leiebeke.be/eid',
        'Wanneer is het containerpark open?;Van dinsdag tot zaterdag, 9 tot 17 uur.;;;',
      ],
      { bom: true, eol: '\r\n' },
    );
    const { rows, problems } = await readFaqSheet(file);
    assert.deepEqual(problems, []);
    assert.deepEqual(rows, [
      {
        line: 2,
        question: 'Hoe vraag ik een eID aan?',
        answer: 'Maak een afspraak bij burgerzaken.\nBreng een pasfoto mee; die is recent.\n\nKosten: € 24,50.',
        productId: 'eid-aanvragen',
        keywords: ['identiteitskaart', 'eID', 'kaart'],
        url: 'https://www.leiebeke.be/eid',
      },
      // The record above spans lines 2–5, so this one starts on line 6.
      { line: 6, question: 'Wanneer is het containerpark open?', answer: 'Van dinsdag tot zaterdag, 9 tot 17 uur.', keywords: [] },
    ]);
  });

  it('reads English headers in a comma-separated file without BOM, in any column order', async () => {
    const file = csvFile([
      'Keywords,Answer,URL,Question,Product ID',
      '"parking;bewonerskaart",Vraag een bewonerskaart aan via het e-loket.,http://leiebeke.be/parkeren,Hoe krijg ik een bewonerskaart?,bewonerskaart',
    ]);
    const { rows, problems } = await readFaqSheet(file);
    assert.deepEqual(problems, []);
    assert.deepEqual(rows, [
      {
        line: 2,
        question: 'Hoe krijg ik een bewonerskaart?',
        answer: 'Vraag een bewonerskaart aan via het e-loket.',
        productId: 'bewonerskaart',
        keywords: ['parking', 'bewonerskaart'],
        url: 'http://leiebeke.be/parkeren',
      },
    ]);
  });

  it('matches Dutch headers whatever their case, accents, spacing or dashes, and ignores other columns', async () => {
    const file = csvFile([
      ' VRÁAG ;Antwóórd;Trefwóórden;product-id;Opmerking;Link',
      'Waar betaal ik een GAS-boete?;Via overschrijving.;gas, boete;gas-boete;intern: nakijken;',
    ]);
    const { rows, problems } = await readFaqSheet(file);
    assert.deepEqual(problems, []);
    assert.deepEqual(rows, [
      { line: 2, question: 'Waar betaal ik een GAS-boete?', answer: 'Via overschrijving.', productId: 'gas-boete', keywords: ['gas', 'boete'] },
    ]);
  });

  it('takes a cell starting with "=" as text, never as a formula', async () => {
    const { rows, problems } = await readFaqSheet(csvFile(['vraag;antwoord', 'Wat kost het?;=24,50 euro (zie tarieven)']));
    assert.deepEqual(problems, []);
    assert.equal(rows[0]?.answer, '=24,50 euro (zie tarieven)');
  });

  it('keeps quotes inside an unquoted field, and doubled quotes inside a quoted one, as text', async () => {
    const { rows, problems } = await readFaqSheet(csvFile(['vraag;antwoord', 'Wat is "Mijn Burgerprofiel"?;"Het ""digitale loket"" van Vlaanderen."']));
    assert.deepEqual(problems, []);
    assert.deepEqual(rows.map((r) => [r.question, r.answer]), [['Wat is "Mijn Burgerprofiel"?', 'Het "digitale loket" van Vlaanderen.']]);
  });

  it('skips blank lines and rows of empty fields, and counts them for the line numbers', async () => {
    const { rows, problems } = await readFaqSheet(csvFile(['', 'vraag;antwoord', ';', '', 'Vraag één?;Antwoord één.']));
    assert.deepEqual(problems, []);
    assert.deepEqual(rows.map((r) => r.line), [5]);
  });

  it('gathers the keywords of one cell split on , ; and |, without blanks or repeats', async () => {
    const { rows } = await readFaqSheet(csvFile(['vraag,antwoord,zoektermen', 'Vraag?,Antwoord.,"afval; Afval | ,  grof vuil ,,PMD"']));
    assert.deepEqual(rows[0]?.keywords, ['afval', 'grof vuil', 'PMD']);
  });

  it('reports a file that is not UTF-8 on the line of its first bad byte, and reads nothing', async () => {
    const latin1 = Buffer.concat([Buffer.from('vraag;antwoord\nWaar?;Hier.\nWat kost een '), Buffer.from([0xe9]), Buffer.from('?;Niets.\n')]);
    const { rows, problems } = await readFaqSheet({ fileName: 'faq.csv', content: latin1 });
    assert.deepEqual(rows, []);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.line, 3);
    assert.match(problems[0]?.message ?? '', /not UTF-8.*CSV UTF-8/);
  });

  it('reports a quote that is never closed on the line where its record starts', async () => {
    const { rows, problems } = await readFaqSheet(csvFile(['vraag;antwoord', 'Eén?;Goed.', '', 'Twee?;"Niet gesloten', 'en verder', 'Drie?;Nooit gelezen.']));
    assert.deepEqual(rows, []);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.line, 4);
    assert.match(problems[0]?.message ?? '', /never closed/);
  });

  it('reports a row with more fields than the header (an unquoted separator) and leaves it out', async () => {
    const { rows, problems } = await readFaqSheet(csvFile(['vraag;antwoord', 'Open?;Ja; ook op zondag.', 'Dicht?;Op feestdagen.;;']));
    assert.deepEqual(rows.map((r) => r.line), [3]);
    assert.deepEqual(problems, [
      { file: 'faq.csv', line: 2, message: 'the line has 3 fields but the header has 2; put a field that contains the separator in double quotes' },
    ]);
  });
});

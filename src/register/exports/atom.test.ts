// The Atom feed of public changes: well-formed, one entry per change with a stable id, hostile text escaped.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DOMParser } from 'linkedom';
import type { PublicChange } from '../change-log.js';
import { changesToAtom } from './atom.js';

const options = {
  baseUrl: 'https://register.example/register',
  entryUrl: (id: string) => `/register/${id}`,
  feedUrl: '/register/wijzigingen.atom',
  updated: new Date('2026-03-03T12:00:00Z'),
};

const hostile = '<script>alert(1)</script> & co ]]> einde ]]>';
const changes: PublicChange[] = [
  { entryId: 'e2', seq: 5, entryName: hostile, action: 'retract', kind: 'retracted', at: new Date('2026-03-03T12:00:00Z'), reason: 'Stopgezet ]]> <b>nu</b>', changedFields: [] },
  { entryId: 'e1', seq: 4, entryName: 'Chatbot', action: 'revise', kind: 'updated', at: new Date('2026-03-02T12:00:00Z'), reason: null, changedFields: ['status', 'timeline'] },
  { entryId: 'e1', seq: 3, entryName: 'Chatbot', action: 'publish', kind: 'published', at: new Date('2026-03-01T12:00:00Z'), reason: null, changedFields: [] },
];

// Titles and summaries are type="html": their text is HTML, so decode it once more to get what a reader shows.
const decodeHtml = (html: string) =>
  html.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code))).replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

function parseFeed(xml: string) {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const entries = [...doc.querySelectorAll('entry')].map((entry) => ({
    id: entry.querySelector('id')?.textContent,
    title: decodeHtml(entry.querySelector('title')?.textContent ?? ''),
    summary: decodeHtml(entry.querySelector('summary')?.textContent ?? ''),
    link: entry.querySelector('link')?.getAttribute('href'),
    updated: entry.querySelector('updated')?.textContent,
    type: entry.querySelector('title')?.getAttribute('type'),
  }));
  return { doc, entries };
}

describe('changesToAtom', () => {
  const xml = changesToAtom(changes, options);
  const { doc, entries } = parseFeed(xml);

  it('is an Atom 1.0 feed identified by its own URL', () => {
    assert.ok(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>'));
    const feed = doc.querySelector('feed');
    assert.equal(feed?.getAttribute('xmlns'), 'http://www.w3.org/2005/Atom');
    assert.equal(doc.querySelector('feed > id')?.textContent, 'https://register.example/register/wijzigingen.atom');
    assert.equal(doc.querySelector('feed > updated')?.textContent, '2026-03-03T12:00:00.000Z');
    assert.equal(doc.querySelector('feed > link[rel="self"]')?.getAttribute('href'), 'https://register.example/register/wijzigingen.atom');
    assert.equal(doc.querySelector('feed > author > name')?.textContent, 'Wijzigingen in het AI-register');
  });

  it('has one entry per change with Dutch titles, stable ids and links to the entry page', () => {
    assert.deepEqual(
      entries.map((e) => [e.id, e.link, e.updated]),
      [
        ['https://register.example/register/e2#wijziging-5', 'https://register.example/register/e2', '2026-03-03T12:00:00.000Z'],
        ['https://register.example/register/e1#wijziging-4', 'https://register.example/register/e1', '2026-03-02T12:00:00.000Z'],
        ['https://register.example/register/e1#wijziging-3', 'https://register.example/register/e1', '2026-03-01T12:00:00.000Z'],
      ],
    );
    assert.deepEqual(entries.slice(1).map((e) => [e.title, e.summary]), [
      ['Bijgewerkt: Chatbot', 'Gewijzigd: Status, Tijdlijn.'],
      ['Gepubliceerd: Chatbot', 'Nieuw in het register.'],
    ]);
  });

  it('escapes hostile text so it reads back as text and never as markup', () => {
    assert.equal(entries[0]?.type, 'html');
    assert.equal(entries[0]?.title, `Ingetrokken: ${hostile}`);
    assert.equal(entries[0]?.summary, 'Uit het register gehaald. Reden: Stopgezet ]]> <b>nu</b>');
    assert.ok(!xml.includes('<script'), 'no raw tag');
    assert.ok(!xml.includes('<b>'), 'no raw tag in the summary');
    // Every "]]>" closes a CDATA section the library opened; none comes from the data.
    assert.equal(xml.split('<![CDATA[').length, xml.split(']]>').length);
  });

  it('is an empty but valid feed without changes', () => {
    const empty = parseFeed(changesToAtom([], options));
    assert.equal(empty.entries.length, 0);
    assert.equal(empty.doc.querySelector('feed > title')?.textContent, 'Wijzigingen in het AI-register');
  });
});

// Extraction of municipal pages: main content only, Markdown sections, absolute links, broken HTML survived.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractPage } from './extract-page.js';
import { brokenPage, identityCardMain, municipalPage } from './test-support/municipal-pages.js';

const URL = 'https://www.leiebeek.be/burgerzaken/identiteitskaart';
const allText = (sections: Array<{ heading: string; text: string }>) => sections.map((s) => `${s.heading}\n${s.text}`).join('\n');

describe('extractPage', () => {
  const identity = extractPage(municipalPage({ title: 'Identiteitskaart aanvragen', main: identityCardMain() }), URL);

  it('splits the main content at h2/h3, the intro headed by the title, empty sections dropped', () => {
    assert.equal(identity.title, 'Identiteitskaart aanvragen');
    assert.deepEqual(
      identity.sections.map((section) => section.heading),
      ['Identiteitskaart aanvragen', 'Wat meebrengen', 'Kostprijs', 'Dringende procedure', 'Meer informatie'],
    );
    assert.match(identity.sections[0]!.text, /^Elke Belg vanaf 12 jaar heeft een elektronische identiteitskaart \(eID\)\./);
    assert.match(identity.sections[1]!.text, /^- +uw oproepingsbrief/m);
  });

  it('keeps a cost table as a Markdown table', () => {
    const cost = identity.sections.find((section) => section.heading === 'Kostprijs')!;
    assert.match(cost.text, /\| Procedure \| Prijs \|\n\| --- \| --- \|\n\| Gewoon \| € 20,20 \|\n\| Dringend \| € 120 \|/);
  });

  it('keeps links as Markdown with absolute http(s) URLs only', () => {
    const text = allText(identity.sections);
    assert.match(text, /\[ICAO-normen\]\(https:\/\/www\.ibz\.rrn\.fgov\.be\/nl\/identiteitsdocumenten\/eid\/foto\/\)/);
    assert.match(text, /\[spoedprocedure\]\(https:\/\/www\.leiebeek\.be\/burgerzaken\/spoedprocedure\)/);
    assert.match(text, /Mail Burgerzaken/);
    assert.match(text, /Print deze pagina/);
    for (const [, href] of text.matchAll(/\]\(([^)]*)\)/g)) assert.match(href!, /^https?:\/\//);
    assert.ok(!/mailto:|javascript:/.test(text));
  });

  it('leaves out scripts, styles, navigation, header, footer, forms, breadcrumb and the cookie banner', () => {
    const text = allText(identity.sections);
    for (const boilerplate of [
      'dataLayer', 'font-family', 'analytics', 'Naar de inhoud', 'Gemeente Leiebeek', 'Zoek', 'Wonen en verhuizen',
      'Vrije tijd', 'Home', 'cookies', 'aanvaarden', 'Marktplein', '© 2024', 'Privacy', 'Toegankelijkheid',
    ]) {
      assert.ok(!text.includes(boilerplate), `"${boilerplate}" leaked into the text`);
    }
  });

  it('extracts what broken HTML (no body, unclosed tags) holds', () => {
    const page = extractPage(brokenPage, 'https://www.leiebeek.be/afval/kalender');
    assert.equal(page.title, 'Afvalkalender');
    assert.deepEqual(page.sections, [
      { heading: 'Afvalkalender', text: 'De ophaling van **restafval gebeurt om de twee weken op dinsdag.**\n\nZet uw container buiten voor 6 uur \'s morgens.' },
      { heading: 'PMD', text: '-   om de twee weken op woensdag\n-   in de blauwe zak' },
      { heading: 'Papier en karton', text: 'Elke vierde vrijdag van de maand.' },
    ]);
  });

  it('finds the content of a page without main or article', () => {
    const page = extractPage(
      `<html><head><title>Recyclagepark - Gemeente Leiebeek</title></head><body>
        <div id="menu"><a href="/">Home</a> <a href="/afval">Afval</a></div>
        <div class="content"><h2>Openingsuren</h2><p>Het recyclagepark is open van dinsdag tot zaterdag,
        telkens van 9 tot 12 uur en van 13 tot 17 uur. Op zon- en feestdagen is het gesloten.</p>
        <h2>Wat mag u brengen?</h2><p>Grof vuil, snoeiafval, bouwpuin, metalen, elektrische toestellen en
        piepschuim. Asbest brengt u alleen verpakt en op afspraak.</p></div></body></html>`,
      'https://www.leiebeek.be/afval/recyclagepark',
    );
    assert.equal(page.title, 'Recyclagepark');
    assert.deepEqual(page.sections.map((section) => section.heading), ['Openingsuren', 'Wat mag u brengen?']);
  });

  it('keeps a link list in main that readability would cut as clutter', () => {
    const links = ['Speelpleinwerking', 'Sportkampen', 'Jeugdatelier', 'Grabbelpas', 'Tienerwerking', 'Kinderopvang']
      .map((name) => `<li><a href="/jeugd/${name.toLowerCase()}">${name}</a></li>`)
      .join('');
    const page = extractPage(
      municipalPage({ title: 'Vakantiewerking', main: `<h1>Vakantiewerking</h1><p>In de vakanties is er veel te doen.</p><h2>Aanbod</h2><ul>${links}</ul>` }),
      'https://www.leiebeek.be/jeugd',
    );
    assert.deepEqual(page.sections.map((section) => section.heading), ['Vakantiewerking', 'Aanbod']);
    assert.match(page.sections[1]!.text, /\[Kinderopvang\]\(https:\/\/www\.leiebeek\.be\/jeugd\/kinderopvang\)/);
  });

  it('takes the main h1 as title, not the site name in the banner', () => {
    const page = extractPage(
      '<header><h1>Gemeente Leiebeek</h1></header><main><h1>Huwelijk</h1><p>U trouwt in het gemeentehuis.</p></main>',
      'https://www.leiebeek.be/huwelijk',
    );
    assert.equal(page.title, 'Huwelijk');
    assert.deepEqual(page.sections, [{ heading: 'Huwelijk', text: 'U trouwt in het gemeentehuis.' }]);
  });

  it('names a page without any title after its URL', () => {
    assert.equal(extractPage('<p>Tekst zonder titel.</p>', 'https://www.leiebeek.be/wonen/premie-zonnepanelen').title, 'premie zonnepanelen');
  });

  it('resolves links against <base href>, and drops in-page and non-http links', () => {
    const page = extractPage(
      `<head><base href="https://www.leiebeek.be/nl/"></head><main><h1>Contact</h1>
       <p><a href="diensten">Diensten</a>, <a href="//cdn.leiebeek.be/gids">gids</a>, <a href="#boven">naar boven</a>,
       <a href="tel:+3299999999">bel ons</a>, <a href="ftp://x.be/a">archief</a>.</p></main>`,
      'https://www.leiebeek.be/contact',
    );
    assert.equal(page.sections[0]!.text, '[Diensten](https://www.leiebeek.be/nl/diensten), [gids](https://cdn.leiebeek.be/gids), naar boven, bel ons, archief.');
  });

  it('does not wipe the page for a cookie class on a wrapper', () => {
    const page = extractPage(
      '<body class="cookie-consent-given"><div class="cookies-accepted"><main><h1>Bibliotheek</h1><p>De bib is open op woensdag.</p></main></div></body>',
      'https://www.leiebeek.be/bib',
    );
    assert.deepEqual(page.sections, [{ heading: 'Bibliotheek', text: 'De bib is open op woensdag.' }]);
  });

  it('keeps h4 and lower in the text, and an article header with its lead', () => {
    const page = extractPage(
      '<main><article><header><h1>Evenementen</h1><p>Wat u moet weten.</p></header><h2>Aanvraag</h2><p>Ten laatste drie maanden vooraf.</p><h4>Geluid</h4><p>Tot 85 dB(A).</p></article></main>',
      'https://www.leiebeek.be/evenementen',
    );
    assert.deepEqual(page.sections, [
      { heading: 'Evenementen', text: 'Wat u moet weten.' },
      { heading: 'Aanvraag', text: 'Ten laatste drie maanden vooraf.\n\n#### Geluid\n\nTot 85 dB(A).' },
    ]);
  });

  it('gives no sections for a page without text', () => {
    assert.deepEqual(extractPage('<nav>Menu</nav><script>x()</script><footer>voet</footer>', 'https://www.leiebeek.be/leeg').sections, []);
  });

  it('never throws, whatever the HTML', () => {
    const fragment = fc.oneof(
      fc.constantFrom('<p>', '</p>', '<h2>', '</h3>', '<b>', '<div>', '</div>', '<ul><li>', '<table><tr><td>', '<a href="x">', '<!--', '-->', '<', '>', '&amp;', '<html>', '<body>', '<base href="::">'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), (parts) => {
        const { title, sections } = extractPage(parts.join(''), 'https://www.leiebeek.be/x');
        assert.equal(typeof title, 'string');
        assert.ok(sections.every((section) => section.heading !== '' && section.text !== ''));
      }),
      { numRuns: 100 },
    );
  });

  it('never lets script or style text through, however broken the markup around them', () => {
    // Lone "<" is left out here: "<tekst <style>" makes "<style" an attribute, and browsers then show the CSS as text too.
    const fragment = fc.constantFrom('<p>', '</p>', '<h2>', '<h3>', '<b>', '<div>', '</div>', '<ul><li>', '<table><tr><td>', '<a href="x">', '</a>', 'tekst ', '<main>', '<footer>', '&amp;', '<script>geheim()</script>', '<style>.geheim{}</style>', '<noscript>geheim</noscript>');
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), (parts) => {
        const { sections } = extractPage(parts.join(''), 'https://www.leiebeek.be/x');
        assert.ok(!allText(sections).includes('geheim'), allText(sections));
      }),
      { numRuns: 100 },
    );
  });
});

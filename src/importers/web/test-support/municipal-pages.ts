// Fixture pages in the style of a Flemish municipality's website, for the web importer's tests.

/** The shared chrome of every page: skip link, site header with menu, breadcrumb, cookie banner and footer. */
export function municipalPage(options: { title: string; main: string; footerNote?: string; aside?: string }): string {
  return `<!DOCTYPE html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <title>${options.title} | Gemeente Leiebeek</title>
  <meta property="og:title" content="${options.title}">
  <link rel="stylesheet" href="/style.css">
  <style>body { font-family: sans-serif } .menu { color: red }</style>
  <script>window.dataLayer = [{ event: 'pageview' }];</script>
</head>
<body>
  <a class="skip-link" href="#inhoud">Naar de inhoud</a>
  <header class="site-header">
    <a href="/"><img src="/logo.svg" alt="Gemeente Leiebeek"></a>
    <h1 class="site-name">Gemeente Leiebeek</h1>
    <form action="/zoeken"><label>Zoeken <input name="q"></label><button>Zoek</button></form>
  </header>
  <nav class="menu" aria-label="Hoofdmenu">
    <ul>
      <li><a href="/wonen">Wonen en verhuizen</a></li>
      <li><a href="/burgerzaken">Burgerzaken</a></li>
      <li><a href="/afval">Afval en milieu</a></li>
      <li><a href="/vrije-tijd">Vrije tijd</a></li>
    </ul>
  </nav>
  <div class="breadcrumb"><a href="/">Home</a> › <a href="/burgerzaken">Burgerzaken</a> › ${options.title}</div>
  <div id="cookie-banner" class="cookie-consent">
    <p>Deze website gebruikt cookies om uw surfervaring te verbeteren. Lees onze cookieverklaring.</p>
    <button>Alle cookies aanvaarden</button>
  </div>
  <main id="inhoud">
    ${options.main}
  </main>
  ${options.aside ?? ''}
  <footer class="site-footer">
    <p>Gemeentehuis Leiebeek, Marktplein 1, 9999 Leiebeek. Tel. 09 999 99 99.</p>
    <p>${options.footerNote ?? '© 2024 Gemeente Leiebeek'}</p>
    <ul><li><a href="/privacy">Privacy</a></li><li><a href="/toegankelijkheid">Toegankelijkheid</a></li></ul>
  </footer>
  <script src="/analytics.js"></script>
</body>
</html>`;
}

/** The main content of "Identiteitskaart aanvragen", with a configurable price so tests can change it. */
export function identityCardMain(price = '€ 20,20'): string {
  return `<article>
      <h1>Identiteitskaart aanvragen</h1>
      <p>Elke Belg vanaf 12 jaar heeft een elektronische identiteitskaart (eID). U vraagt een nieuwe
      identiteitskaart aan bij de dienst Burgerzaken, op afspraak. Enkele weken voor uw kaart vervalt,
      ontvangt u een oproepingsbrief.</p>
      <h2>Wat meebrengen</h2>
      <ul>
        <li>uw oproepingsbrief (als u die ontving)</li>
        <li>uw huidige identiteitskaart</li>
        <li>een recente pasfoto volgens de <a href="https://www.ibz.rrn.fgov.be/nl/identiteitsdocumenten/eid/foto/">ICAO-normen</a></li>
      </ul>
      <h2>Kostprijs</h2>
      <p>Een gewone identiteitskaart kost ${price}. De kaart is na ongeveer drie weken klaar.</p>
      <table>
        <tr><th>Procedure</th><th>Prijs</th></tr>
        <tr><td>Gewoon</td><td>${price}</td></tr>
        <tr><td>Dringend</td><td>€ 120</td></tr>
      </table>
      <h3>Dringende procedure</h3>
      <p>Hebt u uw kaart sneller nodig? Vraag dan de dringende procedure aan. Meer uitleg in de
      <a href="/burgerzaken/spoedprocedure">spoedprocedure</a>.</p>
      <h2>Leeg onderdeel</h2>
      <h2>Meer informatie</h2>
      <ul>
        <li><a href="/burgerzaken/afspraak">Maak een afspraak</a></li>
        <li><a href="mailto:burgerzaken@leiebeek.be">Mail Burgerzaken</a></li>
        <li><a href="javascript:void(0)">Print deze pagina</a></li>
      </ul>
    </article>`;
}

/** A page with unclosed tags, no html/head/body and a stray script. */
export const brokenPage = `<title>Afvalkalender | Gemeente Leiebeek</title>
<nav><a href="/">Home</a></nav>
<h1>Afvalkalender
<p>De ophaling van <b>restafval gebeurt om de twee weken op dinsdag.
<p>Zet uw container buiten voor 6 uur 's morgens.
<h2>PMD
<ul><li>om de twee weken op woensdag<li>in de blauwe zak</ul>
<h2>Papier en karton
<p>Elke vierde vrijdag van de maand.
<script>alert('nooit in de tekst')`;

/**
 * A municipal page of at least `bytes` characters: the council's minutes, session after session,
 * each with a heading, a paragraph with a link, a list and a small table (about 50 elements per KB,
 * like a real page). Pages of a few MB take seconds to extract.
 */
export function hugePage(bytes: number): string {
  const sessions: string[] = ['<h1>Gemeenteraad: alle verslagen</h1>'];
  for (let i = 0, size = 0; size < bytes; i += 1) {
    const session =
      `<h2>Zitting ${i}</h2><p>De gemeenteraad besprak punt ${i} over <a href="/raad/punt-${i}">het reglement</a> en ` +
      `<strong>keurde</strong> het goed.</p><ul><li>voor: ${i % 20}</li><li>tegen: ${i % 7}</li><li>onthouding: ${i % 3}</li></ul>` +
      `<table><tr><th>Post</th><th>Bedrag</th></tr><tr><td>Kost ${i}</td><td>€ ${i},00</td></tr></table>\n`;
    sessions.push(session);
    size += session.length;
  }
  return municipalPage({ title: 'Verslagen van de gemeenteraad', main: sessions.join('') });
}

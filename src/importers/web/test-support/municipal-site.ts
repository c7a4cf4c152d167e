// The fixture website of the municipality Leiebeek: sitemaps, robots.txt, good pages and every kind of failing page.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brokenPage, identityCardMain, municipalPage } from './municipal-pages.js';
import { html, redirect, send, silent, stalling, status, type Route } from './fixture-server.js';

/** What the tests may change between crawls. */
export interface SiteState {
  identityCardPrice: string;
  identityCardLastmod: string;
  movingText: string;
  /** Counts page views; shown in footers, so boilerplate differs on every request. */
  views: number;
}

/** The state of the site at the first crawl. */
export function initialSiteState(): SiteState {
  return { identityCardPrice: '€ 20,20', identityCardLastmod: '2024-05-01', movingText: 'Verhuist u binnen Leiebeek? Geef uw nieuw adres door binnen 8 dagen.', views: 0 };
}

/** Paths of the pages that extract fine, as listed in the product sitemap. */
export const GOOD_PAGES = ['/burgerzaken/identiteitskaart', '/burgerzaken/rijbewijs', '/afval/kalender', '/wonen/verhuizen', '/oud/parkeren'];

const RIJBEWIJS_ETAG = '"rijbewijs-v1"';
const KALENDER_MODIFIED = 'Wed, 01 May 2024 08:00:00 GMT';
const TEN_MB = 10 * 1024 * 1024;

/** The routes of the site for a server at `origin`, reading `state` on every request. */
export function municipalSite(state: SiteState, origin: string): Record<string, Route> {
  const footer = () => `Deze pagina werd ${++state.views} keer bekeken.`;
  return {
    '/robots.txt': send('text/plain', 'User-agent: *\nDisallow: /intern/\n\nUser-agent: AndereBot\nDisallow: /\n\nSitemap: /sitemap.xml\n'),
    '/sitemap.xml': send(
      'application/xml',
      `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>${origin}/sitemaps/producten.xml</loc></sitemap>
  <sitemap><loc>${origin}/sitemaps/andere.xml</loc></sitemap>
</sitemapindex>`,
    ),
    '/sitemaps/producten.xml': (request, response) =>
      send(
        'text/xml; charset=utf-8',
        urlset([
          [`${origin}/burgerzaken/identiteitskaart`, state.identityCardLastmod],
          [`${origin}/burgerzaken/rijbewijs`],
          [`${origin}/afval/kalender`],
          [`${origin}/wonen/verhuizen`],
          [`${origin}/oud/parkeren`],
        ]),
      )(request, response),
    '/sitemaps/andere.xml': send(
      'application/xml',
      urlset([
        [`${origin}/intern/personeel`],
        [`${origin}/bestaat-niet`],
        [`${origin}/weg`],
        [`${origin}/fout`],
        [`${origin}/groot`],
        [`${origin}/groot-met-lengte`],
        [`${origin}/documenten/reglement.pdf`],
        [`${origin}/naar-elders`],
        [`${origin}/lus`],
        ['https://elders.example/pagina'],
      ]),
    ),
    // Not in the index: crawled on its own with a short timeout.
    '/sitemaps/traag.xml': send('application/xml', urlset([[`${origin}/traag`], [`${origin}/traag-lichaam`], [`${origin}/wonen/verhuizen`]])),
    '/burgerzaken/identiteitskaart': html(() =>
      municipalPage({ title: 'Identiteitskaart aanvragen', main: identityCardMain(state.identityCardPrice), footerNote: footer() }),
    ),
    '/burgerzaken/rijbewijs': conditional({ etag: RIJBEWIJS_ETAG }, () =>
      municipalPage({
        title: 'Rijbewijs',
        main: '<h1>Rijbewijs</h1><p>Een Belgisch rijbewijs vraagt u aan bij de dienst Burgerzaken.</p><h2>Kostprijs</h2><p>Een rijbewijs kost € 30.</p>',
        footerNote: footer(),
      }),
    ),
    '/afval/kalender': conditional({ lastModified: KALENDER_MODIFIED }, () => brokenPage),
    '/wonen/verhuizen': html(() =>
      municipalPage({ title: 'Verhuizen', main: `<h1>Verhuizen</h1><p>${state.movingText}</p><h2>Adreswijziging</h2><p>Doe uw aangifte online of aan het loket.</p>`, footerNote: footer() }),
    ),
    '/oud/parkeren': redirect('/mobiliteit/parkeerkaart', 301),
    '/mobiliteit/parkeerkaart': conditional({ etag: '"parkeren-v1"' }, () =>
      municipalPage({ title: 'Bewonerskaart', main: '<h1>Bewonerskaart</h1><p>Met een bewonerskaart parkeert u gratis in uw eigen zone.</p>' }),
    ),
    '/intern/personeel': html('<h1>Intern</h1><p>Alleen voor personeel.</p>'),
    '/weg': status(410),
    '/fout': status(500),
    '/groot': (_request, response) => {
      // Chunked, without content-length: the size is known only by reading.
      response.writeHead(200, { 'content-type': 'text/html' });
      writeLarge(response, TEN_MB);
    },
    '/groot-met-lengte': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(TEN_MB) });
      writeLarge(response, TEN_MB);
    },
    '/documenten/reglement.pdf': send('application/pdf', new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')),
    '/traag': silent,
    '/traag-lichaam': stalling,
    '/naar-elders': redirect(origin.replace('127.0.0.1', 'localhost') + '/burgerzaken/identiteitskaart', 302),
    '/lus': redirect('/lus', 302),
  };
}

function urlset(entries: Array<[string, string?]>): string {
  const urls = entries.map(([loc, lastmod]) => `  <url><loc>${loc}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>`;
}

/** A page answering 304 when the request carries its ETag or Last-Modified. */
function conditional(validators: { etag?: string; lastModified?: string }, body: () => string): Route {
  return (request: IncomingMessage, response: ServerResponse) => {
    const headers: Record<string, string> = {};
    if (validators.etag) headers['etag'] = validators.etag;
    if (validators.lastModified) headers['last-modified'] = validators.lastModified;
    const matches =
      (validators.etag !== undefined && request.headers['if-none-match'] === validators.etag) ||
      (validators.lastModified !== undefined && request.headers['if-modified-since'] === validators.lastModified);
    if (matches) response.writeHead(304, headers).end();
    else html(body, headers)(request, response);
  };
}

function writeLarge(response: ServerResponse, bytes: number): void {
  const chunk = Buffer.alloc(64 * 1024, '<p>Lorem ipsum dolor sit amet.</p>\n');
  let sent = 0;
  const pump = (): void => {
    while (sent < bytes) {
      sent += chunk.length;
      if (!response.write(chunk)) {
        response.once('drain', pump);
        return;
      }
    }
    response.end();
  };
  response.on('error', () => undefined); // the client hangs up once it has read enough; that is the test
  pump();
}

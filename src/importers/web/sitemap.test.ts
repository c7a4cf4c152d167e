// Reading sitemap XML: urlset pages with lastmod, index files, and what is skipped.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSitemap } from './index.js';
import { looksLikeSitemap } from './sitemap.js';

const BASE = 'https://www.leiebeek.be/sitemap.xml';

describe('parseSitemap', () => {
  it('reads the pages of a urlset with their lastmod', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
        <url><loc>https://www.leiebeek.be/burgerzaken/identiteitskaart</loc><lastmod>2024-05-01T10:00:00+02:00</lastmod><changefreq>monthly</changefreq></url>
        <url>
          <loc> https://www.leiebeek.be/zoeken?thema=afval&amp;wijk=centrum </loc>
          <image:image><image:loc>https://www.leiebeek.be/foto.jpg</image:loc></image:image>
        </url>
        <url><loc><![CDATA[https://www.leiebeek.be/wonen]]></loc></url>
      </urlset>`;
    assert.deepEqual(parseSitemap(xml, BASE), {
      pages: [
        { url: 'https://www.leiebeek.be/burgerzaken/identiteitskaart', lastmod: '2024-05-01T10:00:00+02:00' },
        { url: 'https://www.leiebeek.be/zoeken?thema=afval&wijk=centrum' },
        { url: 'https://www.leiebeek.be/wonen' },
      ],
      sitemaps: [],
    });
  });

  it('reads the sitemaps of a sitemap index', () => {
    const xml = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://www.leiebeek.be/sitemap-1.xml</loc><lastmod>2024-05-01</lastmod></sitemap>
      <sitemap><loc>/sitemap-2.xml.gz</loc></sitemap>
    </sitemapindex>`;
    assert.deepEqual(parseSitemap(xml, BASE), {
      pages: [],
      sitemaps: ['https://www.leiebeek.be/sitemap-1.xml', 'https://www.leiebeek.be/sitemap-2.xml.gz'],
    });
  });

  it('resolves relative locations, drops fragments, skips duplicates, empty and non-http locations', () => {
    const xml = `<urlset>
      <url><loc>/a#top</loc></url><url><loc>https://www.leiebeek.be/a</loc></url>
      <url><loc></loc></url><url><loc>mailto:info@leiebeek.be</loc></url><url><lastmod>2024-01-01</lastmod></url>
      <url><loc>http://[ongeldig</loc></url>
    </urlset>`;
    assert.deepEqual(parseSitemap(xml, BASE).pages, [{ url: 'https://www.leiebeek.be/a' }]);
  });

  it('reads a prefixed sitemap namespace', () => {
    const xml = '<sm:urlset xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9"><sm:url><sm:loc>https://www.leiebeek.be/x</sm:loc><sm:lastmod>2024-02-02</sm:lastmod></sm:url></sm:urlset>';
    assert.deepEqual(parseSitemap(xml, BASE).pages, [{ url: 'https://www.leiebeek.be/x', lastmod: '2024-02-02' }]);
  });

  it('gives nothing for other XML, HTML or garbage', () => {
    const empty = { pages: [], sitemaps: [] };
    assert.deepEqual(parseSitemap('<rss><channel><item><link>https://x.be</link></item></channel></rss>', BASE), empty);
    assert.deepEqual(parseSitemap('<html><body><a href="/a">a</a></body></html>', BASE), empty);
    assert.deepEqual(parseSitemap('<<<not xml', BASE), empty);
    assert.deepEqual(parseSitemap('', BASE), empty);
  });
});

describe('looksLikeSitemap', () => {
  it('recognises urlset and sitemapindex roots after a declaration, comments and a byte order mark', () => {
    assert.ok(looksLikeSitemap('\ufeff<?xml version="1.0"?>\n<!-- gegenereerd -->\n<urlset xmlns="x">'));
    assert.ok(looksLikeSitemap('<sitemapindex>'));
    assert.ok(!looksLikeSitemap('<!DOCTYPE html><html>'));
    assert.ok(!looksLikeSitemap('<rss version="2.0">'));
  });
});

// Chooses a page's title: its main heading, else the document title without the site name, else the URL.

const SITE_NAME_SEPARATOR = /\s+(?:[|–—·»]|-|::)\s+/;

/**
 * The title from the head: `<title>` up to the first spaced separator ("Identiteitskaart
 * aanvragen | Gemeente Leiebeek" → "Identiteitskaart aanvragen"), else og:title. Read it before
 * the head elements are stripped.
 */
export function headTitle(document: Document): string | undefined {
  const title = collapse(document.querySelector('title')?.textContent);
  if (title) return title.split(SITE_NAME_SEPARATOR)[0]!.trim() || title;
  return collapse(document.querySelector('meta[property="og:title"]')?.getAttribute('content'));
}

/**
 * The page title: the first `h1` in main/article, else the first `h1` left after stripping
 * (site banners are gone by then), else `fromHead`, else the last path segment of `url`
 * with dashes as spaces, else the host.
 */
export function pageTitle(document: Document, fromHead: string | undefined, url: string): string {
  const heading = document.querySelector('main h1, [role=main] h1, article h1') ?? document.querySelector('h1');
  return collapse(heading?.textContent) ?? fromHead ?? titleFromUrl(url);
}

function titleFromUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const segment = parsed.pathname.split('/').filter(Boolean).pop();
    return segment ? decodeURIComponent(segment).replace(/\.[a-z]+$/i, '').replace(/[-_]+/g, ' ') : parsed.host;
  } catch (error) {
    if (error instanceof URIError || error instanceof TypeError) return url; // a malformed URL is its own best name
    throw error;
  }
}

function collapse(text: string | null | undefined): string | undefined {
  const collapsed = text?.replace(/\s+/g, ' ').trim();
  return collapsed ? collapsed : undefined;
}

// Makes every link in a page absolute http(s), and strips the href from links that cannot be followed from elsewhere.

/**
 * Resolves each `<a href>` against the page's `<base href>` (itself resolved against
 * `pageUrl`) or `pageUrl`. Links that do not resolve to http(s) (mailto:, tel:, javascript:)
 * and links to a spot on the same page (`#inhoud`, even under a `<base>`, which is how authors
 * mean it) lose their href, keeping their text.
 * Run before the `<base>` element is removed. Mutates `document`.
 */
export function absolutizeLinks(document: Document, pageUrl: string): void {
  const page = parseUrl(pageUrl);
  const declaredBase = document.querySelector('base[href]')?.getAttribute('href');
  const base = (declaredBase && page && parseUrl(declaredBase, page.href)) || page;
  for (const link of Array.from(document.querySelectorAll('a[href]'))) {
    const href = link.getAttribute('href')!.trim();
    const target = base && !href.startsWith('#') ? parseUrl(href, base.href) : undefined;
    if (!target || (target.protocol !== 'http:' && target.protocol !== 'https:') || isSamePageSpot(target, page)) {
      link.removeAttribute('href');
    } else {
      link.setAttribute('href', target.href);
    }
  }
}

function isSamePageSpot(target: URL, page: URL | undefined): boolean {
  if (!page || target.hash === '') return false;
  return target.href.slice(0, -target.hash.length) === page.href.slice(0, page.href.length - page.hash.length);
}

function parseUrl(href: string, base?: string): URL | undefined {
  try {
    return new URL(href, base);
  } catch (error) {
    if (error instanceof TypeError) return undefined; // an unparseable href is treated as no link
    throw error;
  }
}

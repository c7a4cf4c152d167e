// Removes what is never a page's own content: scripts, navigation, site header and footer, forms, cookie banners.

const ALWAYS = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'video', 'audio',
  'picture', 'img', 'map', 'title', 'meta', 'link', 'base',
  'nav', 'footer', 'form', 'button', 'input', 'select', 'textarea', 'dialog',
  '[role=navigation]', '[role=banner]', '[role=contentinfo]', '[role=search]', '[role=dialog]', '[role=alertdialog]',
  '[aria-modal=true]', '[hidden]', '[aria-hidden=true]',
].join(',');

/** Class or id words of consent banners (Cookiebot, OneTrust, Cookie Consent, CookieYes, …) and breadcrumbs. */
const BANNER_WORDS = /cookie|consent|gdpr|onetrust|cookiebot|\bcc-(?:window|banner|revoke)|breadcrumb/i;

/**
 * Removes, in place: scripts, styles and embedded media; head elements; `nav`, `footer`,
 * `form` and form controls, dialogs and hidden elements; a `header` that is the site's banner
 * (one not inside article, main, section, aside or nav — an article's own header with its h1
 * and lead stays, as in HTML's banner rule); and cookie/consent banners and breadcrumbs,
 * recognised by class or id. An element holding the page's main content (`main`, `article`,
 * an `h1`) is never removed for its class or id: sites put "cookie-…" classes on wrappers.
 */
export function stripBoilerplate(document: Document): void {
  const body = document.body;
  for (const element of Array.from(body.querySelectorAll(ALWAYS))) element.remove();
  for (const header of Array.from(body.querySelectorAll('header'))) {
    if (!header.parentElement?.closest('article, main, section, aside, nav, [role=main]')) header.remove();
  }
  for (const element of Array.from(body.querySelectorAll('[class], [id]'))) {
    const words = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (!BANNER_WORDS.test(words)) continue;
    if (['main', 'article'].includes(element.localName) || element.querySelector('main, article, h1, [role=main]')) continue;
    element.remove();
  }
}

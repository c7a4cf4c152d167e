// Reads a Content-Type header: its media type, its charset, and whether it can hold a page or a sitemap.

/** The lower-cased media type without parameters ("text/html"), or '' when there is none. */
export function mediaType(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The charset parameter, lower-cased, when present. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase();
}

/** True for the media types of an HTML page. */
export function isHtmlType(type: string): boolean {
  return type === 'text/html' || type === 'application/xhtml+xml';
}

/**
 * True for the media types a sitemap is served with in practice: XML of any flavour, plain
 * text (misconfigured servers) and gzip (sitemap.xml.gz). The body decides in the end.
 */
export function isSitemapCandidateType(type: string): boolean {
  return (
    type === 'text/xml' ||
    type === 'text/plain' ||
    type.endsWith('/xml') ||
    type.endsWith('+xml') ||
    type === 'application/gzip' ||
    type === 'application/x-gzip' ||
    type === 'application/octet-stream'
  );
}

// Decides which URLs the widget may turn into links: absolute http(s) only.

/** True when `url` parses as an absolute http: or https: URL (no javascript:, data:, relative or odd schemes). */
export function isSafeHttpUrl(url: string | null | undefined): url is string {
  if (typeof url !== 'string' || url.length > 2000) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not an absolute URL: it is shown as text, never followed.
    return false;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:';
}

// The register's public addresses, absolute, for exports and feeds that leave this site.
import type { Context } from 'hono';
import { publicBaseUrl } from '../config/index.js';
import type { CatalogueFormat } from '../register/index.js';
import type { AppDeps } from './app-deps.js';

/** The addresses exports link to. */
export interface RegisterUrls {
  baseUrl: string;
  entryUrl: (id: string) => string;
  downloadUrl: (format: CatalogueFormat) => string;
  feedUrl: string;
}

/**
 * Built on LOKET_PUBLIC_URL; without it, on the request's own origin (the links then follow how the
 * reader reached this server; production sets LOKET_PUBLIC_URL, see README).
 */
export function registerUrls(deps: AppDeps, c: Context): RegisterUrls {
  const origin = deps.config.publicUrl ? publicBaseUrl(deps.config) : new URL(c.req.url).origin;
  const feedUrl = `${origin}/register/wijzigingen.atom`;
  return {
    baseUrl: `${origin}/register`,
    entryUrl: (id) => `${origin}/register/${id}`,
    downloadUrl: (format) => (format === 'atom' ? feedUrl : `${origin}/api/v1/register/export?format=${format}`),
    feedUrl,
  };
}

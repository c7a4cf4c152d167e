// The address at which residents reach this Loket, for links that are stored (the register's pages).
import type { Config } from './load-config.js';

/**
 * LOKET_PUBLIC_URL without a trailing slash; without it, the address the server listens on
 * (http://HOST:PORT, as `startServer` reports it), which is only right for local use.
 */
export function publicBaseUrl(config: Pick<Config, 'publicUrl' | 'host' | 'port'>): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/+$/, '');
  return `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
}

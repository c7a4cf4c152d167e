// Front door of the web importer: fetch a municipality's pages politely and extract their main content.
export type { WebSection, WebPage, PreviousPage, PageOutcome, CrawlOptions, CrawlResult } from './types.js';
export { crawlSite } from './crawl-site.js';
export { createExtractionPool, type ExtractionPool, type ExtractionPoolOptions, type ExtractionResult } from './extraction-pool.js';
export { parseSitemap } from './sitemap.js';

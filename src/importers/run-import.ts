// Runs one import from an outside source end to end: read or fetch, map onto products, store all or nothing, remember the source.
import { readFile, stat } from 'node:fs/promises';
import { InvalidContentError, InvalidInputError, type Problem } from '../errors/index.js';
import { applyImportedContent, loadConcepts, loadTenantContent, type Concept, type Instance } from '../knowledge/index.js';
import type { Db } from '../storage/index.js';
import { faqRowToProduct } from './faq-content.js';
import { MAX_FAQ_FILE_BYTES, readFaqSheet } from './faq/index.js';
import { findImportSource, importSourceKey, recordImportRun, type ImportKind, type ImportSource } from './import-source-store.js';
import { runReport, type ImportRunReport } from './import-report.js';
import { ipdcConceptId, ipdcToConcept, lpdcConceptId, lpdcLocalText, offeredInstance } from './ipdc-content.js';
import { MAX_IPDC_FILE_BYTES, readIpdcFile, readLdesFeed, type IpdcProduct, type LdesState } from './ipdc/index.js';
import { crawlSite, type ExtractionPool, type PreviousPage } from './web/index.js';
import { webPageToProduct, webProductId } from './web-content.js';

/** What to import. `location` is a file path (ipdc, faq) or a URL (website, ldes). */
export interface ImportRequest {
  kind: ImportKind;
  tenantId: string | null;
  location: string;
  /** Re-sync every so many minutes (≥ 5); undefined keeps what the source had. */
  resyncMinutes?: number;
  /** A file holding the feed's API key (never the key itself on a command line). */
  apiKeyFile?: string;
}

export interface ImportContext {
  now: Date;
  onProgress?: (done: number, total: number, item: string) => void;
  fetch?: typeof fetch;
  /** Extracts web pages in worker threads; default a pool of the run's own, closed when it ends. */
  extractor?: ExtractionPool;
  /** Stops a website crawl: the run then rejects with the signal's reason and stores nothing. */
  signal?: AbortSignal;
}

/** Catalogue concepts are shared: two municipalities adopting the same product share one concept. */
const CATALOGUE = 'ipdc';

type Products = { concepts: Concept[]; instances: Instance[]; failed: ImportRunReport['failed']; state: Record<string, unknown> };

/**
 * Imports `request`: every problem in a file stops the import with all of them listed and nothing
 * stored (InvalidContentError); a failing page or feed page is reported under `failed` and the rest is
 * stored. The source is remembered with its state for the next re-sync. Returns the run's report.
 */
export async function runImport(db: Db, request: ImportRequest, context: ImportContext): Promise<ImportRunReport> {
  if ((request.kind === 'website' || request.kind === 'faq') && request.tenantId === null) {
    throw new InvalidInputError(`a ${request.kind === 'faq' ? 'FAQ sheet' : 'website'} belongs to one municipality: name it with --tenant`);
  }
  if (request.resyncMinutes !== undefined && !(Number.isInteger(request.resyncMinutes) && request.resyncMinutes >= 5)) {
    throw new InvalidInputError('the re-sync interval must be a whole number of minutes, at least 5');
  }
  const key = importSourceKey(request.kind, request.tenantId, request.location);
  const previous = await findImportSource(db, key);
  const products = await readProducts(db, request, previous, context);
  const origin = key;
  const scopes = await applyImportedContent(
    db,
    { origin, ...(request.kind === 'ipdc' || request.kind === 'ldes' ? { conceptOrigin: CATALOGUE } : {}), tenantId: request.tenantId, concepts: products.concepts, instances: products.instances },
    request.location,
  );
  const report = runReport(request.location, context.now, scopes, products.failed);
  await recordImportRun(
    db,
    {
      key, tenantId: request.tenantId, kind: request.kind, location: request.location,
      options: request.apiKeyFile ? { apiKeyFile: request.apiKeyFile } : (previous?.options ?? {}),
      state: products.state, resyncMinutes: request.resyncMinutes ?? previous?.resyncMinutes ?? null,
    },
    { at: context.now, report },
  );
  return report;
}

/** Runs a stored source again (the re-sync job), with what it remembered. */
export function runImportSource(db: Db, source: ImportSource, context: ImportContext): Promise<ImportRunReport> {
  return runImport(db, { kind: source.kind, tenantId: source.tenantId, location: source.location, ...(source.options.apiKeyFile ? { apiKeyFile: source.options.apiKeyFile } : {}) }, context);
}

async function readProducts(db: Db, request: ImportRequest, previous: ImportSource | undefined, context: ImportContext): Promise<Products> {
  switch (request.kind) {
    case 'ipdc': {
      const content = await readLimited(request.location, MAX_IPDC_FILE_BYTES);
      const { products, problems } = await readIpdcFile({ fileName: request.location, content: content.toString('utf8') });
      if (problems.length > 0) throw new InvalidContentError(`${request.location}: ${problems.length} problem(s)`, problems);
      return { ...catalogueProducts(products, request.tenantId, request.location), failed: [], state: {} };
    }
    case 'ldes': {
      const apiKey = request.apiKeyFile ? (await readFile(request.apiKeyFile, 'utf8')).trim() : undefined;
      let state = previous?.state.ldes as LdesState | undefined;
      const found: IpdcProduct[] = [];
      const failed: ImportRunReport['failed'] = [];
      for await (const page of readLdesFeed({ url: request.location, ...(apiKey ? { apiKey } : {}), ...(state ? { state } : {}), ...(context.fetch ? { fetch: context.fetch } : {}) })) {
        found.push(...page.products);
        failed.push(...page.problems.map((p) => ({ item: page.url, reason: p.message })));
        state = page.state;
        context.onProgress?.(found.length, found.length, page.url);
      }
      // A feed sends what changed since last time: only those concepts are written.
      return { ...catalogueProducts(found, null, request.location), failed, state: state ? { ldes: state } : {} };
    }
    case 'website':
      return websiteProducts(db, request.tenantId as string, request.location, previous, context);
    case 'faq': {
      const content = await readLimited(request.location, MAX_FAQ_FILE_BYTES);
      const { rows, problems } = await readFaqSheet({ fileName: request.location, content });
      const concepts = new Map((await loadConcepts(db)).map((c) => [c.id, c]));
      const unknown: Problem[] = rows
        .filter((row) => row.productId !== undefined && !concepts.has(row.productId))
        .map((row) => ({ file: request.location, line: row.line, field: 'product', message: `unknown product "${row.productId}"` }));
      if (problems.length + unknown.length > 0) throw new InvalidContentError(`${request.location}: ${problems.length + unknown.length} problem(s)`, [...problems, ...unknown]);
      const made = rows.map((row) => faqRowToProduct(request.tenantId as string, row, concepts));
      return { concepts: made.map((m) => m.concept), instances: made.map((m) => m.instance), failed: [], state: {} };
    }
  }
}

function catalogueProducts(products: readonly IpdcProduct[], tenantId: string | null, file: string): Omit<Products, 'failed' | 'state'> {
  const concepts: Concept[] = [];
  const instances: Instance[] = [];
  const problems: Problem[] = [];
  for (const product of products) {
    if (product.kind === 'instance') {
      if (tenantId === null) {
        problems.push({ file, field: product.uri, message: 'a local product (LPDC instance) belongs to a municipality: name it with --tenant' });
        continue;
      }
      const id = lpdcConceptId(tenantId, product);
      concepts.push(ipdcToConcept(product, id));
      instances.push(offeredInstance(id, product, lpdcLocalText(product)));
    } else {
      const id = ipdcConceptId(product);
      concepts.push(ipdcToConcept(product, id));
      // Imported for a municipality: it offers the catalogue product from now on.
      if (tenantId !== null) instances.push(offeredInstance(id, product, null));
    }
  }
  if (problems.length > 0) throw new InvalidContentError(`${file}: ${problems.length} problem(s)`, problems);
  return { concepts, instances };
}

async function websiteProducts(db: Db, tenantId: string, location: string, previous: ImportSource | undefined, context: ImportContext): Promise<Products> {
  const pages = (previous?.state.pages ?? {}) as Record<string, PreviousPage>;
  const result = await crawlSite({
    urls: [location],
    previous: new Map(Object.entries(pages)),
    ...(context.onProgress ? { onProgress: context.onProgress } : {}),
    ...(context.fetch ? { fetch: context.fetch } : {}),
    ...(context.extractor ? { extractor: context.extractor } : {}),
    ...(context.signal ? { signal: context.signal } : {}),
  });
  const storedConcepts = new Map((await loadConcepts(db)).map((c) => [c.id, c]));
  const storedInstances = new Map(((await loadTenantContent(db, tenantId))?.instances ?? []).map((i) => [i.conceptId, i]));
  const keep = (url: string) => {
    const id = webProductId(tenantId, url);
    const concept = storedConcepts.get(id);
    const instance = storedInstances.get(id);
    return concept && instance ? { concept, instance } : undefined;
  };
  const made: Array<{ concept: Concept; instance: Instance }> = [];
  const failed: ImportRunReport['failed'] = result.problems.map((p) => ({ item: p.file ?? location, reason: p.message }));
  const nextPages: Record<string, PreviousPage> = {};
  for (const outcome of result.outcomes) {
    if (outcome.status === 'fetched') {
      made.push(webPageToProduct(tenantId, outcome.page));
      const { url, etag, lastModified, lastmod, contentHash } = outcome.page;
      nextPages[url] = { url, contentHash, ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}), ...(lastmod ? { lastmod } : {}) };
      continue;
    }
    const kept = keep(outcome.url);
    if (outcome.status === 'unchanged') {
      if (kept) made.push(kept);
      if (pages[outcome.url]) nextPages[outcome.url] = pages[outcome.url]!;
      continue;
    }
    failed.push({ item: outcome.url, reason: outcome.reason });
    // A page that is gone (404, 410) goes; one that failed for a passing reason keeps its last good version.
    if (kept && !/\b(404|410)\b/.test(outcome.reason)) {
      made.push(kept);
      if (pages[outcome.url]) nextPages[outcome.url] = pages[outcome.url]!;
    }
  }
  // A sitemap that could not be read lists no pages: its pages are not gone, they keep their last good version.
  if (result.problems.length > 0) {
    const seen = new Set(result.outcomes.map((o) => o.url));
    for (const url of Object.keys(pages).filter((u) => !seen.has(u))) {
      const kept = keep(url);
      if (kept) made.push(kept);
      nextPages[url] = pages[url]!;
    }
  }
  return { concepts: made.map((m) => m.concept), instances: made.map((m) => m.instance), failed, state: { pages: nextPages } };
}

async function readLimited(path: string, max: number): Promise<Buffer> {
  const size = (await stat(path).catch(() => undefined))?.size;
  if (size === undefined) throw new InvalidInputError(`${path}: no such file`);
  if (size > max) throw new InvalidContentError(`${path}: the file is ${size} bytes, more than ${max}`, [{ file: path, message: `larger than ${max} bytes` }]);
  return readFile(path);
}

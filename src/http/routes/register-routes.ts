// The register's public read API (CONTRACT.md): search with facets, one entry with its public history, exports, statistics.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { NotFoundError } from '../../errors/index.js';
import {
  changesToAtom, entriesToCsv, entriesToDcat, entriesToJson, getPublicEntry, getPublicHistory, listPublicChanges, listPublished,
  parliamentOverview, parseEntrySearch, registerStatistics, searchEntries, toAlgoritmeregister, type StoredEntry,
} from '../../register/index.js';
import type { AppDeps } from '../app-deps.js';
import { errorResponses } from '../error-envelope.js';
import { registerUrls } from '../register-urls.js';

const EXPORT_FORMATS = ['csv', 'json', 'algoritmeregister', 'dcat', 'atom'] as const;
const anyJson = z.record(z.string(), z.unknown());
const tags = ['register'];

const listRoute = createRoute({
  method: 'get', path: '/api/v1/register/entries', tags, summary: 'Search the published entries, with facet counts',
  request: {
    query: z.object({
      tenant: z.string().optional().openapi({ description: 'the lead organisation\'s Loket municipality' }),
      status: z.string().optional().openapi({ description: 'idea, planned, pilot, in-use, retired; may repeat' }),
      programme: z.string().optional().openapi({ description: 'gzg-call, city-of-things, lokaal-digitaal, own; may repeat' }),
      q: z.string().optional().openapi({ description: 'words that must all occur' }),
      kind: z.string().optional(), riskClass: z.string().optional(), organisation: z.string().optional(),
      principle: z.string().optional(), minScore: z.string().optional(),
    }),
  },
  responses: {
    200: { description: 'Matching entries and facets', content: { 'application/json': { schema: z.object({ total: z.number(), entries: z.array(anyJson), facets: anyJson }) } } },
    ...errorResponses(400),
  },
});
const entryRoute = createRoute({
  method: 'get', path: '/api/v1/register/entries/{id}', tags, summary: 'One published (or retracted) entry with its public history',
  request: { params: z.object({ id: z.string().max(100) }) },
  responses: { 200: { description: 'The entry', content: { 'application/json': { schema: anyJson } } }, ...errorResponses(404) },
});
const exportRoute = createRoute({
  method: 'get', path: '/api/v1/register/export', tags, summary: 'The published register as CSV, JSON, Algoritmeregister 1.0, DCAT-AP JSON-LD or an Atom feed of changes',
  request: { query: z.object({ format: z.enum(EXPORT_FORMATS, { message: `must be one of ${EXPORT_FORMATS.join(', ')}` }) }) },
  responses: { 200: { description: 'The export' }, ...errorResponses(400) },
});
const statisticsRoute = createRoute({
  method: 'get', path: '/api/v1/register/statistics', tags, summary: 'The register in numbers',
  responses: { 200: { description: 'Statistics', content: { 'application/json': { schema: anyJson } } } },
});
const overviewRoute = createRoute({
  method: 'get', path: '/api/v1/register/overview', tags, summary: 'One row per published entry and local government involved (the annex for parliament)',
  responses: { 200: { description: 'Rows', content: { 'application/json': { schema: z.array(anyJson) } } } },
});

/** Registers the public register API. */
export function registerRoutes(deps: AppDeps) {
  const app = new OpenAPIHono();
  const { db } = deps;

  app.openapi(listRoute, async (c) => {
    const urls = registerUrls(deps, c);
    const { tenant, ...rest } = c.req.queries();
    const search = parseEntrySearch({ ...rest, ...(tenant ? { tenantId: tenant } : {}) });
    const result = searchEntries(await listPublished(db), search);
    return c.json({ total: result.total, entries: entriesToJson(result.entries, urls).entries, facets: result.facets }, 200);
  });

  app.openapi(entryRoute, async (c) => {
    const stored = await publicEntry(deps, c.req.valid('param').id);
    const history = await getPublicHistory(db, stored.id);
    const [json] = entriesToJson([stored], registerUrls(deps, c)).entries;
    return c.json({ ...json, state: stored.state, history }, 200);
  });

  app.openapi(exportRoute, async (c) => {
    const urls = registerUrls(deps, c);
    const format = c.req.valid('query').format;
    const entries = await listPublished(db);
    const attachment = (name: string) => c.header('Content-Disposition', `attachment; filename="${name}"`);
    switch (format) {
      case 'csv':
        attachment('ai-register.csv');
        return c.body(entriesToCsv(entries, urls), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
      case 'json':
        return c.json(entriesToJson(entries, urls), 200);
      case 'algoritmeregister':
        return c.json(algoritmeregisterExport(entries), 200);
      case 'dcat':
        return c.body(JSON.stringify(entriesToDcat(entries, { ...urls, ...catalogueFacts(entries) })), 200, { 'Content-Type': 'application/ld+json; charset=utf-8' });
      case 'atom':
        return c.body(await atomFeed(deps, urls), 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
    }
  });

  app.openapi(statisticsRoute, async (c) => c.json(registerStatistics(await listPublished(db)), 200));
  app.openapi(overviewRoute, async (c) => c.json(parliamentOverview(await listPublished(db), registerUrls(deps, c)), 200));
  return app;
}

/** The public version of an entry (or a retracted one); an entry never published does not exist for the public. */
export async function publicEntry(deps: AppDeps, id: string): Promise<StoredEntry> {
  // Ids in URLs are free text; only a well-formed one reaches the database.
  if (!/^[0-9a-f-]{36}$/.test(id)) throw new NotFoundError(`unknown register entry "${id}"`);
  return getPublicEntry(deps.db, id);
}

/** The Atom feed of recent public changes. */
export async function atomFeed(deps: AppDeps, urls: ReturnType<typeof registerUrls>): Promise<string> {
  const changes = await listPublicChanges(deps.db, { limit: 50 });
  return changesToAtom(changes, { ...urls, feedUrl: urls.feedUrl, updated: changes[0]?.at ?? new Date(0) });
}

function algoritmeregisterExport(entries: readonly StoredEntry[]) {
  const records: unknown[] = [];
  const notExported: Array<{ id: string; name: string; problems: unknown[] }> = [];
  for (const stored of entries) {
    const result = toAlgoritmeregister(stored.entry);
    if (result.ok) records.push(result.record);
    else notExported.push({ id: stored.id, name: stored.entry.name, problems: result.problems });
  }
  return { standard: 'Algoritmeregister publicatiestandaard 1.0.0', count: records.length, records, notExported };
}

function catalogueFacts(entries: readonly StoredEntry[]) {
  const modified = entries.reduce((latest, s) => (s.updatedAt > latest ? s.updatedAt : latest), new Date(0));
  return { title: 'AI-register van de Vlaamse lokale besturen', publisher: { name: 'Loket — AI-register van de lokale besturen' }, modified };
}

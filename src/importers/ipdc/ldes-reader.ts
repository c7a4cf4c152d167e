// Reads an LDES (Linked Data Event Stream) of IPDC products page by page, resumably.
import type { Problem } from '../../errors/index.js';
import { fetchPage } from './fetch-page.js';
import type { IpdcProduct } from './ipdc-product.js';
import { findProducts, mapProducts } from './map-product.js';
import { isWebUrl } from './map-context.js';
import { createRdfGraph, isNode, nodeKey, type RdfGraph } from './rdf-graph.js';
import { MAX_IPDC_FILE_BYTES, parseIpdcText, type IpdcFileFormat } from './read-ipdc-file.js';
import { IRI } from './vocabulary.js';
import { retryingStaleConnections } from '../../net/index.js';

/** Where a feed reader stopped: the page to read next (null: the feed ended) and the ids already seen (members and pages). */
export interface LdesState {
  nextUrl: string | null;
  seen: string[];
}

/** One page read: its new members as products, its problems, and the state to resume from. */
export interface LdesPage {
  url: string;
  products: IpdcProduct[];
  problems: Problem[];
  state: LdesState;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_PAGES = 1_000;

/**
 * Follows tree:relation → tree:node (and tree:view) links page by page from `url`, sending
 * `x-api-key` when `apiKey` is given, and yields each page's members (tree:member, or every
 * product when a page lists none) that are not in `seen`, ordered by the stream's
 * ldes:timestampPath (else prov:generatedAtTime). Pages are JSON-LD, or Turtle/N-Quads by
 * content-type; remote JSON-LD contexts are refused. `state` from any page, passed back,
 * continues there; `nextUrl: null` means the feed ended (pass `{ nextUrl: url, seen }` to poll
 * for new members). A page that cannot be fetched or parsed (HTTP error, wrong API key,
 * timeout, over 10 MB) is yielded with a problem and a state that retries it, and reading
 * stops. Per request `timeoutMs` (default 15 s); at most `maxPages` (default 1000) pages.
 */
export async function* readLdesFeed(options: {
  url: string;
  apiKey?: string;
  state?: LdesState;
  maxPages?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
}): AsyncGenerator<LdesPage> {
  const seen = new Set(options.state?.seen ?? []);
  let next: string | null = options.state ? options.state.nextUrl : options.url;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  for (let pages = 0; next !== null && pages < maxPages; pages += 1) {
    const url: string = next;
    const fetched = await fetchPage(url, {
      ...(options.apiKey !== undefined ? { apiKey: options.apiKey } : {}),
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxBytes: MAX_IPDC_FILE_BYTES,
      fetch: retryingStaleConnections(options.fetch ?? globalThis.fetch),
    });
    // A page that cannot be read ends this run; its state points at it so a later run retries it.
    const failed = (problems: Problem[]): LdesPage => ({ url, products: [], problems, state: { nextUrl: url, seen: [...seen] } });
    if (!fetched.ok) {
      yield failed([{ file: url, message: fetchProblem(url, fetched, options.apiKey !== undefined) }]);
      return;
    }
    const { page } = fetched;
    const parsed = await parseIpdcText(page.text, { file: url, baseIri: page.url, format: pageFormat(page.contentType) });
    if (parsed.problems.length > 0) {
      yield failed(parsed.problems);
      return;
    }
    const graph = createRdfGraph(parsed.quads);
    const members = memberIds(graph).filter((id) => !seen.has(id));
    const read = mapProducts(graph, url, members);
    const products = new Set(findProducts(graph).map(({ uri }) => uri));
    for (const member of members.filter((id) => !products.has(id))) {
      read.problems.push({ file: url, message: `member <${member}> is not an IPDC concept or LPDC instance; it is skipped` });
    }
    for (const id of [...members, url, page.url]) seen.add(id);
    next = nextPage(graph, seen);
    yield { url, products: byTimestamp(graph, read.products), problems: read.problems, state: { nextUrl: next, seen: [...seen] } };
  }
}

function fetchProblem(url: string, failure: { status?: number; message: string }, withKey: boolean): string {
  if (failure.status === 401 || failure.status === 403) {
    const why = withKey ? 'the API key (x-api-key) was not accepted' : 'the feed needs an API key (x-api-key)';
    return `feed page ${url} refused access (HTTP ${failure.status}): ${why}`;
  }
  return `feed page ${url}: ${failure.message}`;
}

function pageFormat(contentType: string): IpdcFileFormat {
  const type = contentType.toLowerCase();
  if (type.includes('turtle') || type.includes('n-triples')) return 'text/turtle';
  if (type.includes('n-quads')) return 'application/n-quads';
  if (type.includes('text/n3')) return 'text/n3';
  return 'application/ld+json';
}

/** The members a page announces (tree:member of its collection), else every product on it. */
function memberIds(graph: RdfGraph): string[] {
  const members = graph.subjectsHaving(IRI.treeMember).flatMap((collection) => graph.objects(collection, IRI.treeMember).filter(isNode).map(nodeKey));
  return members.length > 0 ? [...new Set(members)] : findProducts(graph).map(({ uri }) => uri);
}

/** The first linked page (tree:relation → tree:node, then tree:view) not read yet. */
function nextPage(graph: RdfGraph, seen: ReadonlySet<string>): string | null {
  const relations = graph.subjectsHaving(IRI.treeRelation).flatMap((node) => graph.objects(node, IRI.treeRelation).filter(isNode).map(nodeKey));
  const linked = [
    ...relations.flatMap((relation) => graph.objects(relation, IRI.treeNode)),
    ...graph.subjectsHaving(IRI.treeView).flatMap((collection) => graph.objects(collection, IRI.treeView)),
  ];
  return linked.map((term) => term.value).find((url) => isWebUrl(url) && !seen.has(url)) ?? null;
}

/** Products in event order: by the stream's ldes:timestampPath, else prov:generatedAtTime; undated last. */
function byTimestamp(graph: RdfGraph, products: IpdcProduct[]): IpdcProduct[] {
  const streams = graph.subjectsHaving(IRI.ldesTimestampPath);
  const path = streams.flatMap((stream) => graph.objects(stream, IRI.ldesTimestampPath)).find(isNode)?.value ?? IRI.generatedAtTime;
  const time = (product: IpdcProduct): number => {
    const value = graph.objects(product.uri, path)[0]?.value;
    const parsed = value === undefined ? Number.NaN : Date.parse(value);
    return Number.isNaN(parsed) ? Number.POSITIVE_INFINITY : parsed;
  };
  return products.map((product) => ({ product, at: time(product) })).sort((a, b) => a.at - b.at).map(({ product }) => product);
}

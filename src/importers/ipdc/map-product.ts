// Maps every IPDC concept and LPDC instance in an RDF graph to an IpdcProduct.
import type { IpdcProduct, IpdcReadResult } from './ipdc-product.js';
import { isDutch } from './language-tags.js';
import { firstValue, isWebUrl, report, values, type MapContext } from './map-context.js';
import { readCosts, readFinancialAdvantages, readProcedures, readRequirements } from './map-sections.js';
import { readContactPoints, readWebsites } from './map-websites.js';
import { isNode, nodeKey, type RdfGraph } from './rdf-graph.js';
import { readLangText } from './read-lang-text.js';
import { CONCEPT_TYPES, INSTANCE_TYPES, IRI } from './vocabulary.js';

const NUTS_CODE = /^https?:\/\/data\.europa\.eu\/nuts\/code\/([A-Za-z0-9]+)$/;

/** The concepts and instances in `graph`, in the order their subjects first appeared. */
export function findProducts(graph: RdfGraph): Array<{ uri: string; kind: IpdcProduct['kind'] }> {
  const found = new Map<string, IpdcProduct['kind']>();
  for (const subject of graph.subjectsHaving(IRI.rdfType)) {
    const types = graph.objects(subject, IRI.rdfType).map((term) => term.value);
    // A concept may also carry cpsv:PublicService; being a concept decides.
    if (types.some((type) => CONCEPT_TYPES.includes(type))) found.set(subject, 'concept');
    else if (types.some((type) => INSTANCE_TYPES.includes(type))) found.set(subject, 'instance');
  }
  return [...found].map(([uri, kind]) => ({ uri, kind }));
}

/**
 * Maps the products `subjects` (all products of the graph by default). Each problem names
 * `file`, the product and the field; a product without a Dutch title is reported and left
 * out, and one product's problems never drop another.
 */
export function mapProducts(graph: RdfGraph, file: string, subjects?: readonly string[]): IpdcReadResult {
  const result: IpdcReadResult = { products: [], problems: [] };
  const all = findProducts(graph);
  const only = subjects === undefined ? undefined : new Set(subjects);
  const wanted = only === undefined ? all : all.filter(({ uri }) => only.has(uri));
  for (const { uri, kind } of wanted) {
    const ctx: MapContext = { graph, file, product: uri, problems: result.problems };
    const product = mapProduct(ctx, kind);
    if (Object.keys(product.title).some(isDutch)) result.products.push(product);
    else report(ctx, 'title', 'has no Dutch title (dct:title in "nl" or an "nl-…" variant); the product is left out');
  }
  return result;
}

function mapProduct(ctx: MapContext, kind: IpdcProduct['kind']): IpdcProduct {
  const uri = ctx.product;
  const text = (predicate: string, field: string) => readLangText(ctx, uri, predicate, field, { html: true });
  const websites = readWebsites(ctx, uri, IRI.seeAlso, 'websites');
  const product: IpdcProduct = {
    kind,
    uri,
    title: readLangText(ctx, uri, IRI.title, 'title', { html: false }),
    description: text(IRI.description, 'description'),
    additionalDescription: text(IRI.additionalDescription, 'additionalDescription'),
    exception: text(IRI.exception, 'exception'),
    regulation: text(IRI.regulation, 'regulation'),
    requirements: readRequirements(ctx, uri),
    procedures: readProcedures(ctx, uri),
    costs: readCosts(ctx, uri),
    financialAdvantages: readFinancialAdvantages(ctx, uri),
    websites,
    contactPoints: readContactPoints(ctx, uri),
    keywords: distinctIgnoringCase(values(ctx, uri, IRI.keyword)),
    themes: values(ctx, uri, IRI.thematicArea),
    targetAudiences: values(ctx, uri, IRI.targetAudience),
    competentAuthorities: values(ctx, uri, IRI.hasCompetentAuthority),
    spatial: distinct([
      ...values(ctx, uri, IRI.spatial).map((value) => NUTS_CODE.exec(value)?.[1] ?? value),
      ...values(ctx, uri, [IRI.hasExecutingAuthority, IRI.createdBy]),
    ]),
  };
  const conceptUri = conceptOf(ctx, kind);
  if (conceptUri !== undefined) product.conceptUri = conceptUri;
  const productNumber = firstValue(ctx, uri, IRI.productId);
  if (productNumber !== undefined) product.productNumber = productNumber;
  const page = values(ctx, uri, IRI.productPage).find(isWebUrl) ?? websites[0]?.url;
  if (page !== undefined) product.sourceUrl = page;
  return product;
}

/** A concept snapshot names its concept with dct:isVersionOf; an instance its concept with dct:source. */
function conceptOf(ctx: MapContext, kind: IpdcProduct['kind']): string | undefined {
  const predicate = kind === 'concept' ? IRI.isVersionOf : IRI.source;
  const linked = ctx.graph.objects(ctx.product, predicate).find(isNode);
  if (linked !== undefined) return nodeKey(linked);
  const isSnapshot = ctx.graph.objects(ctx.product, IRI.rdfType).some((type) => type.value.endsWith('Snapshot'));
  return kind === 'concept' && !isSnapshot ? ctx.product : undefined;
}

function distinct(items: string[]): string[] {
  return [...new Set(items)];
}

function distinctIgnoringCase(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLocaleLowerCase('nl');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

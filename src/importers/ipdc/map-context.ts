// What every mapping step shares: the graph, the product being read and its problem list.
import type { Problem } from '../../errors/index.js';
import { isNode, nodeKey, type RdfGraph } from './rdf-graph.js';
import { IRI } from './vocabulary.js';

/** The graph and the product being mapped; problems name the file, the product and the field. */
export interface MapContext {
  graph: RdfGraph;
  file: string;
  /** The product's IRI, named in every problem. */
  product: string;
  problems: Problem[];
}

/** Adds a problem about `field` of the current product. */
export function report(ctx: MapContext, field: string, message: string): void {
  ctx.problems.push({ file: ctx.file, field, message: `product <${ctx.product}>: ${message}` });
}

/** The trimmed, non-empty literal values (and IRIs) of `subject`'s `predicate`, in order. */
export function values(ctx: MapContext, subject: string, predicate: string | readonly string[]): string[] {
  return ctx.graph
    .objects(subject, predicate)
    .filter((term) => term.termType !== 'BlankNode')
    .map((term) => term.value.trim())
    .filter((value) => value !== '');
}

/** The first value of `values`, or undefined. */
export function firstValue(ctx: MapContext, subject: string, predicate: string | readonly string[]): string | undefined {
  return values(ctx, subject, predicate)[0];
}

/**
 * The nodes `subject` points to through `predicate`, sorted by sh:order where the data gives
 * one (IPDC numbers requirements, procedures, costs and websites); others keep their place after.
 */
export function orderedNodes(ctx: MapContext, subject: string, predicate: string | readonly string[]): string[] {
  const nodes = ctx.graph.objects(subject, predicate).filter(isNode).map(nodeKey);
  const order = (node: string): number => {
    const value = Number(firstValue(ctx, node, IRI.shOrder));
    return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
  };
  return nodes.map((node) => ({ node, order: order(node) })).sort((a, b) => a.order - b.order).map(({ node }) => node);
}

/** True for an absolute http or https URL. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

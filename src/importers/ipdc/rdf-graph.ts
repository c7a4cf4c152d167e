// One in-memory RDF graph over quads from any format, indexed by subject, in arrival order.
import type { Quad } from 'n3';

/** An object term: an IRI, a blank node or a literal. */
export type RdfTerm = Quad['object'];

/** Read access to a graph; named graphs are merged into one. Nodes are named by `nodeKey`. */
export interface RdfGraph {
  /** The objects of `subject` for `predicate` (or any of several), in arrival order, without duplicates. */
  objects(subject: string, predicate: string | readonly string[]): RdfTerm[];
  /** Every subject that has `predicate`, in arrival order. */
  subjectsHaving(predicate: string): string[];
}

/** The key of a subject or node object: the IRI, or `_:label` for a blank node. */
export function nodeKey(term: { termType: string; value: string }): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : term.value;
}

/** True for terms that name a node (so they can be followed as a subject). */
export function isNode(term: RdfTerm): boolean {
  return term.termType === 'NamedNode' || term.termType === 'BlankNode';
}

/** Builds the graph from `quads`; identical triples (also across named graphs) count once. */
export function createRdfGraph(quads: Iterable<Quad>): RdfGraph {
  const bySubject = new Map<string, Map<string, Map<string, RdfTerm>>>();
  for (const quad of quads) {
    const subject = nodeKey(quad.subject);
    let predicates = bySubject.get(subject);
    if (!predicates) bySubject.set(subject, (predicates = new Map()));
    let objects = predicates.get(quad.predicate.value);
    if (!objects) predicates.set(quad.predicate.value, (objects = new Map()));
    const id =
      quad.object.termType === 'Literal'
        ? JSON.stringify([quad.object.value, quad.object.language, quad.object.datatype.value])
        : nodeKey(quad.object);
    if (!objects.has(id)) objects.set(id, quad.object);
  }
  return {
    objects(subject, predicate) {
      const predicates = bySubject.get(subject);
      if (!predicates) return [];
      const wanted = typeof predicate === 'string' ? [predicate] : predicate;
      return wanted.flatMap((p) => [...(predicates.get(p)?.values() ?? [])]);
    },
    subjectsHaving(predicate) {
      return [...bySubject].filter(([, predicates]) => predicates.has(predicate)).map(([subject]) => subject);
    },
  };
}

// The public register as a DCAT-AP catalogue in JSON-LD: one dcat:Dataset per published entry.
import type { StoredEntry } from '../entry-store.js';

/** The catalogue's own downloads, each offered as a dcat:Distribution. */
export const catalogueFormats = ['csv', 'json', 'algoritmeregister', 'atom'] as const;
export type CatalogueFormat = (typeof catalogueFormats)[number];

/** What the catalogue needs from the HTTP layer; URLs may be absolute or relative to `baseUrl`. */
export interface DcatOptions {
  /** The public register's home page: the catalogue's identity and homepage. */
  baseUrl: string;
  entryUrl: (id: string) => string;
  downloadUrl: (format: CatalogueFormat) => string;
  title: string;
  /** Who publishes the register (DCAT-AP makes a catalogue's publisher mandatory). */
  publisher: { name: string; code?: string };
  /** When the register last changed. */
  modified: Date;
}

/** A JSON-LD object. */
export type JsonLdNode = { [key: string]: unknown };

// Inline, so a consumer's processor never fetches a remote context (nothing to go down, nothing to track).
const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

const DISTRIBUTIONS: Record<CatalogueFormat, { title: string; mediaType: string }> = {
  csv: { title: 'AI-register als CSV', mediaType: 'text/csv' },
  json: { title: 'AI-register als JSON', mediaType: 'application/json' },
  algoritmeregister: { title: 'AI-register volgens de publicatiestandaard van het Algoritmeregister', mediaType: 'application/json' },
  atom: { title: 'Wijzigingen in het AI-register (Atom-feed)', mediaType: 'application/atom+xml' },
};

/**
 * A DCAT-AP catalogue of `entries` (published entries, in the order given). Each dataset carries
 * its identifier (the entry id), Dutch title and description, the lead organisation as publisher
 * and partners as contributors (foaf:Agent with the KBO/NIS code when known), issued and modified
 * timestamps, the public page as landing page, themes and search terms as keywords, and a contact
 * point when the entry names one. Free-text themes are keywords, not dcat:theme, which expects a
 * controlled vocabulary. The catalogue's downloads hang on the catalogue itself as distributions:
 * in DCAT 2 and later a catalogue is a dataset. Pure.
 */
export function entriesToDcat(entries: readonly StoredEntry[], options: DcatOptions): JsonLdNode {
  const absolute = (url: string) => new URL(url, options.baseUrl).href;
  return {
    '@context': CONTEXT,
    '@id': absolute(options.baseUrl),
    '@type': 'dcat:Catalog',
    'dct:title': nl(options.title),
    'dct:publisher': agent(options.publisher),
    'dct:modified': dateTime(options.modified),
    'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/NLD' },
    'foaf:homepage': { '@id': absolute(options.baseUrl) },
    'dcat:dataset': entries.map((stored) => dataset(stored, absolute(options.entryUrl(stored.id)))),
    'dcat:distribution': catalogueFormats.map((format) => {
      const url = { '@id': absolute(options.downloadUrl(format)) };
      const { title, mediaType } = DISTRIBUTIONS[format];
      return {
        '@type': 'dcat:Distribution',
        'dct:title': nl(title),
        'dcat:accessURL': url,
        'dcat:downloadURL': url,
        'dcat:mediaType': { '@id': `http://www.iana.org/assignments/media-types/${mediaType}` },
      };
    }),
  };
}

function dataset(stored: StoredEntry, url: string): JsonLdNode {
  const { entry } = stored;
  const keywords = [...new Set([...entry.themes, ...entry.searchTerms])];
  return {
    '@id': url,
    '@type': 'dcat:Dataset',
    'dct:identifier': stored.id,
    'dct:title': nl(entry.name),
    'dct:description': nl(entry.shortDescription),
    'dct:publisher': agent(entry.leadOrganisation),
    ...(entry.partnerOrganisations.length > 0 ? { 'dct:contributor': entry.partnerOrganisations.map(agent) } : {}),
    ...(stored.publishedAt ? { 'dct:issued': dateTime(stored.publishedAt) } : {}),
    'dct:modified': dateTime(stored.updatedAt),
    'dcat:landingPage': { '@id': url },
    ...(keywords.length > 0 ? { 'dcat:keyword': keywords.map(nl) } : {}),
    ...(entry.contact ? { 'dcat:contactPoint': contactPoint(entry.contact, entry.leadOrganisation.name) } : {}),
  };
}

function contactPoint(contact: string, name: string): JsonLdNode {
  const isUrl = /^https?:\/\//.test(contact);
  return {
    '@type': 'vcard:Kind',
    'vcard:fn': name,
    ...(isUrl ? { 'vcard:hasURL': { '@id': contact } } : { 'vcard:hasEmail': { '@id': `mailto:${contact}` } }),
  };
}

function agent(organisation: { name: string; code?: string }): JsonLdNode {
  return { '@type': 'foaf:Agent', 'foaf:name': organisation.name, ...(organisation.code ? { 'dct:identifier': organisation.code } : {}) };
}

function nl(value: string): JsonLdNode {
  return { '@value': value, '@language': 'nl' };
}

function dateTime(date: Date): JsonLdNode {
  return { '@value': date.toISOString(), '@type': 'xsd:dateTime' };
}

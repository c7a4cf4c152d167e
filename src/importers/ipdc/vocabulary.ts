// The IRIs of the OSLO IPDC-LPDC vocabulary (and the TREE/LDES terms) that the importer reads.

const IPDC = 'https://productencatalogus.data.vlaanderen.be/ns/ipdc-lpdc#';
const DCT = 'http://purl.org/dc/terms/';
const M8G = 'http://data.europa.eu/m8g/';
const CPSV = 'http://purl.org/vocab/cpsv#';
const SCHEMA = 'http://schema.org/';
const ADRES = 'https://data.vlaanderen.be/ns/adres#';
const TREE = 'https://w3id.org/tree#';
const LDES = 'https://w3id.org/ldes#';

/** Predicate and class IRIs, grouped by what they describe. */
export const IRI = {
  rdfType: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type',
  seeAlso: 'http://www.w3.org/2000/01/rdf-schema#seeAlso',
  shOrder: 'http://www.w3.org/ns/shacl#order',
  title: `${DCT}title`,
  description: `${DCT}description`,
  isVersionOf: `${DCT}isVersionOf`,
  source: `${DCT}source`,
  spatial: `${DCT}spatial`,
  additionalDescription: `${IPDC}additionalDescription`,
  exception: `${IPDC}exception`,
  regulation: `${IPDC}regulation`,
  targetAudience: `${IPDC}targetAudience`,
  hasWebsite: `${IPDC}hasWebsite`,
  hasExecutingAuthority: `${IPDC}hasExecutingAuthority`,
  createdBy: 'http://purl.org/pav/createdBy',
  // IPDC data uses the Belgian CPSV-AP extension's hasRequirement; CPSV-AP 3 moved it to m8g.
  hasRequirement: [`${M8G}hasRequirement`, 'http://vocab.belgif.be/ns/publicservice#hasRequirement'],
  hasSupportingEvidence: `${M8G}hasSupportingEvidence`,
  hasCost: `${M8G}hasCost`,
  hasContactPoint: `${M8G}hasContactPoint`,
  hasCompetentAuthority: `${M8G}hasCompetentAuthority`,
  thematicArea: `${M8G}thematicArea`,
  follows: `${CPSV}follows`,
  produces: `${CPSV}produces`,
  keyword: 'http://www.w3.org/ns/dcat#keyword',
  productId: `${SCHEMA}productID`,
  url: `${SCHEMA}url`,
  email: `${SCHEMA}email`,
  telephone: `${SCHEMA}telephone`,
  openingHours: `${SCHEMA}openingHours`,
  productPage: ['http://xmlns.com/foaf/0.1/page', `${SCHEMA}url`],
  contactAddress: [`${IPDC}address`, 'http://www.w3.org/ns/locn#address', `${SCHEMA}address`],
  fullAddress: [`${ADRES}volledigAdres`, 'http://www.w3.org/ns/locn#fullAddress'],
  street: `${ADRES}Straatnaam`,
  houseNumber: `${ADRES}Adresvoorstelling.huisnummer`,
  boxNumber: `${ADRES}Adresvoorstelling.busnummer`,
  postcode: `${ADRES}postcode`,
  municipalityName: `${ADRES}gemeentenaam`,
  country: `${ADRES}land`,
  treeMember: `${TREE}member`,
  treeRelation: `${TREE}relation`,
  treeNode: `${TREE}node`,
  treeView: `${TREE}view`,
  ldesTimestampPath: `${LDES}timestampPath`,
  generatedAtTime: 'http://www.w3.org/ns/prov#generatedAtTime',
} as const;

/** Classes that make a subject an IPDC concept (regional, shared by all municipalities). */
export const CONCEPT_TYPES: readonly string[] = [`${IPDC}ConceptualPublicServiceSnapshot`, `${IPDC}ConceptualPublicService`];

/** Classes that make a subject an LPDC instance (one municipality's product). */
export const INSTANCE_TYPES: readonly string[] = [
  `${IPDC}InstancePublicServiceSnapshot`,
  `${IPDC}InstancePublicService`,
  `${CPSV}PublicService`,
];

// Prefixes for naming predicates in problems (`dct:title` rather than the full IRI).
const PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['ipdc-lpdc', IPDC],
  ['dct', DCT],
  ['m8g', M8G],
  ['cpsv', CPSV],
  ['schema', SCHEMA],
  ['dcat', 'http://www.w3.org/ns/dcat#'],
];

/** `dct:title` for `http://purl.org/dc/terms/title`; other IRIs as they are. */
export function curie(iri: string): string {
  for (const [prefix, ns] of PREFIXES) if (iri.startsWith(ns)) return `${prefix}:${iri.slice(ns.length)}`;
  return iri;
}

// Maps websites (schema:WebSite nodes with dct:title and schema:url) and contact points.
import type { IpdcProduct } from './ipdc-product.js';
import { firstValue, isWebUrl, orderedNodes, report, values, type MapContext } from './map-context.js';
import { readLangText } from './read-lang-text.js';
import { IRI } from './vocabulary.js';

type Website = IpdcProduct['websites'][number];

/**
 * The websites `subject` links to through `predicate`. A website with several schema:url
 * values (LPDC allows it) gives one entry per URL; a URL that is not http(s) is a problem and
 * left out. A linked IRI without a title or URL is itself taken as the URL.
 */
export function readWebsites(ctx: MapContext, subject: string, predicate: string, field: string): Website[] {
  const websites: Website[] = [];
  orderedNodes(ctx, subject, predicate).forEach((node, i) => {
    const title = readLangText(ctx, node, IRI.title, `${field}[${i}].title`, { html: false });
    let urls = values(ctx, node, IRI.url);
    if (urls.length === 0 && Object.keys(title).length === 0 && !node.startsWith('_:')) urls = [node];
    if (urls.length === 0) report(ctx, `${field}[${i}].url`, `website <${node}> has no schema:url; it is left out`);
    for (const url of urls) {
      if (isWebUrl(url)) websites.push({ title, url });
      else report(ctx, `${field}[${i}].url`, `website URL "${url}" is not an http(s) URL; it is left out`);
    }
  });
  return websites;
}

/** m8g:hasContactPoint: e-mail (without "mailto:"), telephone, URL, opening hours, address. */
export function readContactPoints(ctx: MapContext, product: string): IpdcProduct['contactPoints'] {
  return orderedNodes(ctx, product, IRI.hasContactPoint).map((node, i) => {
    const contact: IpdcProduct['contactPoints'][number] = {};
    const email = firstValue(ctx, node, IRI.email)?.replace(/^mailto:/i, '');
    const telephone = firstValue(ctx, node, IRI.telephone);
    const url = firstValue(ctx, node, IRI.url);
    const hours = values(ctx, node, IRI.openingHours);
    const address = orderedNodes(ctx, node, IRI.contactAddress)[0];
    if (email !== undefined) contact.email = email;
    if (telephone !== undefined) contact.telephone = telephone;
    if (url !== undefined && isWebUrl(url)) contact.url = url;
    else if (url !== undefined) report(ctx, `contactPoints[${i}].url`, `contact URL "${url}" is not an http(s) URL; it is left out`);
    if (hours.length > 0) contact.openingHours = hours.join('; ');
    const formatted = address === undefined ? undefined : formatAddress(ctx, address);
    if (formatted) contact.address = formatted;
    return contact;
  });
}

/** "Vindictivelaan 1, 8400 Oostende, België" from the OSLO address parts, or its full form when given. */
function formatAddress(ctx: MapContext, node: string): string | undefined {
  const full = firstValue(ctx, node, IRI.fullAddress);
  if (full !== undefined) return full;
  const dutch = (predicate: string) => preferDutch(ctx, node, predicate);
  const box = firstValue(ctx, node, IRI.boxNumber);
  const street = [dutch(IRI.street), firstValue(ctx, node, IRI.houseNumber), box === undefined ? undefined : `bus ${box}`]
    .filter(Boolean)
    .join(' ');
  const place = [firstValue(ctx, node, IRI.postcode), dutch(IRI.municipalityName)].filter(Boolean).join(' ');
  const parts = [street, place, dutch(IRI.country)].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function preferDutch(ctx: MapContext, node: string, predicate: string): string | undefined {
  const literals = ctx.graph.objects(node, predicate).filter((term) => term.termType === 'Literal' && term.value.trim() !== '');
  const nl = literals.find((term) => term.termType === 'Literal' && term.language.toLowerCase() === 'nl');
  return (nl ?? literals[0])?.value.trim();
}

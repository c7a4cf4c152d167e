// The register's public changes as an Atom 1.0 feed, in Dutch, for residents, journalists and data portals.
import { Feed } from 'feed';
import type { PublicChange, PublicChangeKind } from '../change-log.js';
import { entryFieldLabel } from '../labels.js';

/** What the feed needs from the HTTP layer; URLs may be absolute or relative to `baseUrl`. */
export interface AtomOptions {
  /** The public register's home page (the feed's alternate link). */
  baseUrl: string;
  entryUrl: (id: string) => string;
  /** Where this feed is served: its id and self link. */
  feedUrl: string;
  /** When the newest change happened (or the register last changed). */
  updated: Date;
  /** Defaults to "Wijzigingen in het AI-register". */
  title?: string;
}

const TITLES: Record<PublicChangeKind, string> = {
  published: 'Gepubliceerd',
  updated: 'Bijgewerkt',
  retracted: 'Ingetrokken',
};

/**
 * An Atom 1.0 document with one entry per change, in the order given (newest first from
 * `listPublicChanges`): "Gepubliceerd: <name>", "Bijgewerkt: …" or "Ingetrokken: …", a summary
 * naming the changed fields in Dutch and a retraction's reason, linking to the entry's page. Each
 * item's id is the entry URL with the history step as fragment, so it stays the same across
 * fetches. Text is HTML-escaped: the feed library writes titles and summaries as type="html", and
 * the escaping also keeps "]]>" out of its CDATA sections. Pure.
 */
export function changesToAtom(changes: readonly PublicChange[], options: AtomOptions): string {
  const absolute = (url: string) => new URL(url, options.baseUrl).href;
  const title = options.title ?? 'Wijzigingen in het AI-register';
  const feed = new Feed({
    id: absolute(options.feedUrl),
    title,
    link: absolute(options.baseUrl),
    feed: absolute(options.feedUrl),
    updated: options.updated,
    language: 'nl',
    generator: false,
    // Atom needs an author per entry or for the feed; the register speaks, never a staff member.
    author: { name: title },
  });
  for (const change of changes) {
    const url = absolute(options.entryUrl(change.entryId));
    feed.addItem({
      id: `${url}#wijziging-${change.seq}`,
      link: url,
      title: escapeHtml(`${TITLES[change.kind]}: ${change.entryName}`),
      description: escapeHtml(summary(change)),
      date: change.at,
    });
  }
  return feed.atom1();
}

function summary(change: PublicChange): string {
  if (change.kind === 'retracted') {
    return change.reason ? `Uit het register gehaald. Reden: ${change.reason}` : 'Uit het register gehaald.';
  }
  if (change.kind === 'published') return 'Nieuw in het register.';
  if (change.changedFields.length === 0) return 'Opnieuw gepubliceerd zonder inhoudelijke wijzigingen.';
  return `Gewijzigd: ${change.changedFields.map(entryFieldLabel).join(', ')}.`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

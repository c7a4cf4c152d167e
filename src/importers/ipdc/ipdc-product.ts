// The plain data one IPDC concept or LPDC instance is read into, whatever format it came in.
import type { Problem } from '../../errors/index.js';

/** Text in one language variant. Languages kept as found: 'nl', 'nl-BE-x-formal', 'nl-BE-x-informal', 'nl-BE-x-generated-formal', 'nl-BE-x-generated-informal', 'en', 'fr', 'de'. */
export type LangText = Record<string, string>;

/** One product of the catalogue: a regional concept or a municipality's instance. */
export interface IpdcProduct {
  kind: 'concept' | 'instance';
  /** The snapshot's IRI (the subject). */
  uri: string;
  /** The concept (or the instance's source concept) IRI without snapshot suffix, when known. */
  conceptUri?: string;
  /** "Productnummer", e.g. "783". */
  productNumber?: string;
  title: LangText;
  /** Markdown, sanitised: only p, lists, links (http/https/mailto), emphasis, headings survive. */
  description: LangText;
  additionalDescription: LangText;
  exception: LangText;
  regulation: LangText;
  requirements: Array<{ title: LangText; description: LangText; evidence?: { title: LangText; description: LangText } }>;
  procedures: Array<{ title: LangText; description: LangText; websites: Array<{ title: LangText; url: string }> }>;
  costs: Array<{ title: LangText; description: LangText }>;
  financialAdvantages: Array<{ title: LangText; description: LangText }>;
  websites: Array<{ title: LangText; url: string }>;
  contactPoints: Array<{ email?: string; telephone?: string; url?: string; openingHours?: string; address?: string }>;
  /** All languages, de-duplicated case-insensitively. */
  keywords: string[];
  /** IRIs or labels as found. */
  themes: string[];
  targetAudiences: string[];
  competentAuthorities: string[];
  /** For instances: the spatial / NUTS-LAU code(s) and the authority IRI, so a caller can match a municipality. */
  spatial: string[];
  /** A human page for the product when the data gives one (a website of kind product page, else the first website), for the "source" link. */
  sourceUrl?: string;
}

/** What reading one file gives: the products that could be read and every problem found. */
export interface IpdcReadResult {
  products: IpdcProduct[];
  problems: Problem[];
}

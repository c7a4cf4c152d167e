// Turns the public register's URL query parameters into an EntrySearch, reporting every bad parameter.
import { InvalidInputError, type Problem } from '../errors/index.js';
import { aiActRiskClasses, flemishPrinciples, kindsOfAi, programmes, systemStatuses } from './entry-schema.js';
import type { EntrySearch } from './search-entries.js';

/** The query parameters `parseEntrySearch` accepts. */
export const entrySearchParameters = ['organisation', 'tenantId', 'status', 'programme', 'kind', 'riskClass', 'principle', 'minScore', 'q'] as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_Q = 200;

/**
 * Parses URL query parameters (a key may repeat: `?status=in-use&status=pilot`) into an
 * EntrySearch. Empty values are ignored, as a search form sends them for fields left blank.
 * `status`, `programme`, `kind` and `riskClass` may repeat (OR); the others may appear once.
 * Throws InvalidInputError with one problem per bad parameter, naming it and its allowed values;
 * an unknown parameter is an error too, so a misspelt filter is not silently ignored.
 */
export function parseEntrySearch(query: Readonly<Record<string, string | readonly string[] | undefined>>): EntrySearch {
  const problems: Problem[] = [];
  const values = (key: string): string[] => {
    const raw = query[key];
    const list = raw === undefined ? [] : typeof raw === 'string' ? [raw] : [...raw];
    return list.map((v) => v.trim()).filter((v) => v !== '');
  };
  const single = (key: string): string | undefined => {
    const list = values(key);
    if (list.length > 1) problems.push({ field: key, message: `may be given once, got ${list.length} values` });
    return list[0];
  };
  const oneOf = <T extends string>(key: string, allowed: readonly T[]): T[] | undefined => {
    const list = values(key);
    const bad = list.filter((v) => !(allowed as readonly string[]).includes(v));
    if (bad.length > 0) problems.push({ field: key, message: `unknown value ${bad.map((v) => `"${v}"`).join(', ')}; allowed: ${allowed.join(', ')}` });
    return list.length > 0 ? [...new Set(list as T[])] : undefined;
  };
  const slug = (key: string): string | undefined => {
    const value = single(key);
    if (value !== undefined && !SLUG.test(value)) problems.push({ field: key, message: `"${value}" is not a slug; allowed: lowercase letters, digits and single dashes` });
    return value;
  };

  for (const key of Object.keys(query)) {
    if (!(entrySearchParameters as readonly string[]).includes(key)) {
      problems.push({ field: key, message: `unknown parameter; allowed: ${entrySearchParameters.join(', ')}` });
    }
  }

  const search: EntrySearch = {
    organisation: slug('organisation'),
    tenantId: slug('tenantId'),
    status: oneOf('status', systemStatuses),
    programme: oneOf('programme', programmes),
    kind: oneOf('kind', kindsOfAi),
    riskClass: oneOf('riskClass', aiActRiskClasses),
    q: single('q'),
  };
  if (search.q !== undefined && search.q.length > MAX_Q) problems.push({ field: 'q', message: `must be at most ${MAX_Q} characters` });

  const principle = single('principle');
  if (principle !== undefined) {
    if ((flemishPrinciples as readonly string[]).includes(principle)) search.principle = principle as EntrySearch['principle'];
    else problems.push({ field: 'principle', message: `unknown value "${principle}"; allowed: ${flemishPrinciples.join(', ')}` });
  }
  const minScore = single('minScore');
  if (minScore !== undefined) {
    if (!/^[1-5]$/.test(minScore)) problems.push({ field: 'minScore', message: `"${minScore}" is not allowed; allowed: 1, 2, 3, 4, 5` });
    else if (principle === undefined) problems.push({ field: 'minScore', message: 'needs principle: a minimum score is of one principle' });
    else search.minScore = Number(minScore);
  }

  if (problems.length > 0) throw new InvalidInputError(`the register search has ${problems.length} invalid parameter(s)`, problems);
  return Object.fromEntries(Object.entries(search).filter(([, v]) => v !== undefined)) as EntrySearch;
}

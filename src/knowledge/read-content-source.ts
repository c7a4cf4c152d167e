// Reads a content pack folder or one municipality file from disk, collecting every problem.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Problem } from '../errors/index.js';
import type { Concept, TenantContent } from './content-types.js';
import { parseConcept } from './parse-concept.js';
import { parseMunicipality } from './parse-municipality.js';
import { parseWasteCalendar, parseWasteStreets } from './parse-waste-csv.js';

/** Files above this size are refused before they are read. */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;

const MUNICIPALITY_FILE = /\.(json|ya?ml)$/i;

/** What a source on disk holds: concepts only when it is a pack with a concepts/ folder. */
export interface ContentSource {
  concepts: Concept[] | undefined;
  tenants: TenantContent[];
  problems: Problem[];
}

function readText(path: string, problems: Problem[]): string | undefined {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    problems.push({ file: path, message: 'file not found' });
    return undefined;
  }
  if (size > MAX_IMPORT_FILE_BYTES) {
    problems.push({ file: path, message: `file is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB` });
    return undefined;
  }
  return readFileSync(path, 'utf8');
}

function readConcepts(folder: string, problems: Problem[]): Concept[] {
  const concepts: Concept[] = [];
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.md')).sort()) {
    const file = join(folder, name);
    const text = readText(file, problems);
    if (text === undefined) continue;
    const parsed = parseConcept(text, file, basename(name, '.md'));
    problems.push(...parsed.problems);
    if (parsed.value) concepts.push(parsed.value);
  }
  return concepts;
}

function readMunicipality(file: string, conceptIds: ReadonlySet<string>, problems: Problem[]): TenantContent | undefined {
  const text = readText(file, problems);
  if (text === undefined) return undefined;
  const parsed = parseMunicipality(text, file, conceptIds);
  problems.push(...parsed.problems);
  const expected = basename(file, extname(file));
  if (parsed.value && parsed.value.content.tenant.id !== expected) {
    problems.push({ file, field: 'id', message: `id "${parsed.value.content.tenant.id}" differs from the file name "${expected}"` });
  }
  const waste = parsed.value?.waste ?? parsed.waste;
  if (!waste) return parsed.value ? { ...parsed.value.content, wasteStreets: [], wasteCalendar: [] } : undefined;
  const streetsFile = resolve(dirname(file), waste.streets);
  const calendarFile = resolve(dirname(file), waste.calendar);
  const streetsText = readText(streetsFile, problems);
  const calendarText = readText(calendarFile, problems);
  const streets = streetsText === undefined ? undefined : parseWasteStreets(streetsText, streetsFile);
  const calendar = calendarText === undefined ? undefined : parseWasteCalendar(calendarText, calendarFile);
  problems.push(...(streets?.problems ?? []), ...(calendar?.problems ?? []));
  if (!parsed.value || !streets?.value || !calendar?.value) return undefined;
  return { ...parsed.value.content, wasteStreets: streets.value, wasteCalendar: calendar.value };
}

/**
 * Reads `path`: a pack folder (concepts/ and/or municipalities/) or one municipality file.
 * `knownConceptIds` are the concepts already stored, used when the source brings none.
 * Never throws for bad content: the problems list says what is wrong, with file and line.
 */
export function readContentSource(path: string, knownConceptIds: ReadonlySet<string>): ContentSource {
  const problems: Problem[] = [];
  const full = resolve(path);
  if (!existsSync(full)) return { concepts: undefined, tenants: [], problems: [{ file: full, message: 'no such file or folder' }] };
  if (statSync(full).isFile()) {
    if (!MUNICIPALITY_FILE.test(full)) {
      problems.push({ file: full, message: 'not a content pack file: expected a folder or a municipality file <slug>.json' });
      return { concepts: undefined, tenants: [], problems };
    }
    const tenant = readMunicipality(full, knownConceptIds, problems);
    return { concepts: undefined, tenants: tenant ? [tenant] : [], problems };
  }
  const conceptsFolder = join(full, 'concepts');
  const municipalitiesFolder = join(full, 'municipalities');
  if (!existsSync(conceptsFolder) && !existsSync(municipalitiesFolder)) {
    problems.push({ file: full, message: 'not a content pack: expected a concepts/ or municipalities/ folder' });
    return { concepts: undefined, tenants: [], problems };
  }
  const concepts = existsSync(conceptsFolder) ? readConcepts(conceptsFolder, problems) : undefined;
  const conceptIds = concepts ? new Set(concepts.map((c) => c.id)) : knownConceptIds;
  const tenants: TenantContent[] = [];
  if (existsSync(municipalitiesFolder)) {
    for (const name of readdirSync(municipalitiesFolder).filter((n) => MUNICIPALITY_FILE.test(n)).sort()) {
      const tenant = readMunicipality(join(municipalitiesFolder, name), conceptIds, problems);
      if (tenant) tenants.push(tenant);
    }
  }
  return { concepts, tenants, problems };
}

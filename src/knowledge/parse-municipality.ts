// Parses one municipality file (JSON, or YAML with the same fields) into a tenant's content.
import { parseDocument } from 'yaml';
import type { Problem } from '../errors/index.js';
import type { TenantContent, Weekday } from './content-types.js';
import { createPathLocator, lineOfOffset, type PathLocator } from './locate-path.js';
import { municipalitySchema, type MunicipalityFile } from './municipality-schema.js';
import type { Parsed } from './parse-concept.js';

/** A parsed municipality file: its content without the waste data, plus where its waste files are. */
export interface ParsedMunicipality {
  content: Omit<TenantContent, 'wasteStreets' | 'wasteCalendar'>;
  waste: MunicipalityFile['waste'];
}

function parseText(text: string, file: string, problems: Problem[]): unknown {
  if (/\.json$/i.test(file)) {
    try {
      return JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      const position = /position (\d+)/.exec(message);
      const line = /line (\d+)/.exec(message);
      problems.push({
        file,
        ...(line ? { line: Number(line[1]) } : position ? { line: lineOfOffset(text, Number(position[1])) } : {}),
        message: `invalid JSON: ${message.replace(/ in JSON at position.*$/, '')}`,
      });
      return undefined;
    }
  }
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({ file, line: error.linePos?.[0].line, message: `invalid YAML: ${error.message.split('\n')[0]}` });
    }
    return undefined;
  }
  return doc.toJS();
}

function entriesOf(value: unknown): Array<[string, unknown]> {
  return value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
}

function checkReferences(raw: unknown, conceptIds: ReadonlySet<string>, file: string, locate: PathLocator): Problem[] {
  const problems: Problem[] = [];
  const root = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const locationIds = new Set(entriesOf(root.locations).map(([id]) => id));
  const known = [...locationIds].join(', ') || 'no locations';
  for (const [conceptId, product] of entriesOf(root.products)) {
    if (!conceptIds.has(conceptId)) {
      problems.push({ file, line: locate(['products', conceptId]), field: `products.${conceptId}`, message: `unknown concept id "${conceptId}"` });
    }
    const location = (product as { location?: unknown } | null)?.location;
    if (typeof location === 'string' && !locationIds.has(location)) {
      problems.push({
        file,
        line: locate(['products', conceptId, 'location']),
        field: `products.${conceptId}.location`,
        message: `unknown location "${location}"; this file defines ${known}`,
      });
    }
  }
  (Array.isArray(root.closures) ? root.closures : []).forEach((closure: unknown, index) => {
    const ids = (closure as { locations?: unknown } | null)?.locations;
    for (const id of Array.isArray(ids) ? ids : []) {
      if (typeof id === 'string' && id !== '*' && !locationIds.has(id)) {
        problems.push({ file, line: locate(['closures', index, 'locations']), field: `closures.${index}.locations`, message: `unknown location "${id}"; this file defines ${known}` });
      }
    }
  });
  return problems;
}

const EMPTY_WEEK: Record<Weekday, never[]> = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

/**
 * Parses the text of a municipality file. `conceptIds` are the concepts its products may refer to.
 * Never throws: every problem (syntax, schema, unknown concept, unknown location) is returned with
 * its file and line.
 */
export function parseMunicipality(
  text: string,
  file: string,
  conceptIds: ReadonlySet<string>,
): Parsed<ParsedMunicipality> & { waste?: MunicipalityFile['waste'] } {
  const problems: Problem[] = [];
  const raw = parseText(text, file, problems);
  if (problems.length > 0) return { value: undefined, problems };
  const locate = createPathLocator(text);
  const parsed = municipalitySchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ file, line: locate(issue.path), field: issue.path.join('.'), message: issue.message });
    }
  }
  // References are checked on the raw data too, so one run lists them beside any schema problem.
  problems.push(...checkReferences(raw, conceptIds, file, locate));
  if (!parsed.success) {
    // The waste files are still checked, so one run lists their problems too.
    const waste = municipalitySchema.shape.waste.safeParse((raw as { waste?: unknown } | null)?.waste);
    return { value: undefined, problems, ...(waste.success ? { waste: waste.data } : {}) };
  }
  const m = parsed.data;
  if (problems.length > 0) return { value: undefined, problems, waste: m.waste };
  return {
    value: {
      content: {
        tenant: { id: m.id, name: m.name, kind: m.kind, style: m.style, website: m.website, address: m.address, phone: m.phone, email: m.email },
        locations: Object.entries(m.locations).map(([id, location]) => ({
          id,
          name: location.name,
          address: location.address,
          hours: location.hours,
          appointmentOnly: location.appointmentOnly ?? EMPTY_WEEK,
        })),
        closures: m.closures,
        instances: Object.entries(m.products).map(([conceptId, product]) => ({
          conceptId,
          offered: product.offered,
          locationId: product.location ?? null,
          appointment: product.appointment,
          cost: product.cost,
          localText: product.local,
          note: product.note,
        })),
      },
      waste: m.waste,
    },
    problems,
  };
}

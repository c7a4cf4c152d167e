// Parses one municipality file (JSON, or YAML with the same fields) into a tenant's content.
import { parseDocument } from 'yaml';
import type { Problem } from '../errors/index.js';
import type { TenantContent, Weekday } from './content-types.js';
import { createPathLocator, lineOfOffset } from './locate-path.js';
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

const EMPTY_WEEK: Record<Weekday, never[]> = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

/**
 * Parses the text of a municipality file. `conceptIds` are the concepts its products may refer to.
 * Never throws: every problem (syntax, schema, unknown concept, unknown location) is returned with
 * its file and line.
 */
export function parseMunicipality(text: string, file: string, conceptIds: ReadonlySet<string>): Parsed<ParsedMunicipality> {
  const problems: Problem[] = [];
  const raw = parseText(text, file, problems);
  if (problems.length > 0) return { value: undefined, problems };
  const locate = createPathLocator(text);
  const parsed = municipalitySchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.join('.');
      problems.push({ file, line: locate(issue.path), field, message: field ? `${field}: ${issue.message}` : issue.message });
    }
    return { value: undefined, problems };
  }
  const m = parsed.data;
  const locationIds = new Set(Object.keys(m.locations));
  for (const [conceptId, product] of Object.entries(m.products)) {
    if (!conceptIds.has(conceptId)) {
      problems.push({ file, line: locate(['products', conceptId]), field: `products.${conceptId}`, message: `unknown concept id "${conceptId}"` });
    }
    if (product.location && !locationIds.has(product.location)) {
      problems.push({
        file,
        line: locate(['products', conceptId, 'location']),
        field: `products.${conceptId}.location`,
        message: `unknown location "${product.location}"; this file defines ${[...locationIds].join(', ') || 'no locations'}`,
      });
    }
  }
  m.closures.forEach((closure, index) => {
    for (const id of closure.locations) {
      if (id !== '*' && !locationIds.has(id)) {
        problems.push({ file, line: locate(['closures', index, 'locations']), field: `closures.${index}.locations`, message: `unknown location "${id}"` });
      }
    }
  });
  if (problems.length > 0) return { value: undefined, problems };
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

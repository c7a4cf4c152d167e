// Test-only loader for a demo municipality (JSON + waste CSVs); the real importer lives elsewhere.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Closure, Location, TimeRange, WasteCollection, WasteFraction, WasteStreet, Weekday } from '../../content-types.js';
import { WEEKDAYS } from '../../content-types.js';

const DEMO_DIR = fileURLToPath(new URL('../../../../demo/municipalities/', import.meta.url));

interface RawLocation {
  name: string;
  address?: string;
  hours: Partial<Record<Weekday, string[]>>;
  appointmentOnly?: Partial<Record<Weekday, string[]>>;
}

function ranges(table: Partial<Record<Weekday, string[]>> | undefined): Record<Weekday, TimeRange[]> {
  const result = {} as Record<Weekday, TimeRange[]>;
  for (const day of WEEKDAYS) {
    result[day] = (table?.[day] ?? []).map((text) => {
      const [start = '', end = ''] = text.split('-');
      return { start, end };
    });
  }
  return result;
}

function csvRows(relativePath: string): string[][] {
  const text = readFileSync(`${DEMO_DIR}${relativePath}`, 'utf8');
  return text.trim().split(/\r?\n/).slice(1).map((line) => line.split(','));
}

/** Locations, closures, streets and calendar of demo municipality `slug` ("leiebeke"…). */
export function loadDemoTenant(slug: string): {
  locations: Location[];
  closures: Closure[];
  wasteStreets: WasteStreet[];
  wasteCalendar: WasteCollection[];
} {
  const raw = JSON.parse(readFileSync(`${DEMO_DIR}${slug}.json`, 'utf8')) as {
    locations: Record<string, RawLocation>;
    closures: Closure[];
    waste: { streets: string; calendar: string };
  };
  const locations = Object.entries(raw.locations).map(([id, l]) => ({
    id,
    name: l.name,
    address: l.address ?? null,
    hours: ranges(l.hours),
    appointmentOnly: ranges(l.appointmentOnly),
  }));
  const wasteStreets = csvRows(raw.waste.streets).map(([street = '', zone = '']) => ({ street, zone }));
  const wasteCalendar = csvRows(raw.waste.calendar).map(([date = '', zone = '', fraction = '']) => ({
    date,
    zone,
    fraction: fraction as WasteFraction,
  }));
  return { locations, closures: raw.closures, wasteStreets, wasteCalendar };
}

/** The demo location with `id`; throws when the demo file has none. */
export function demoLocation(locations: readonly Location[], id: string): Location {
  const location = locations.find((l) => l.id === id);
  if (!location) throw new Error(`demo has no location "${id}"`);
  return location;
}

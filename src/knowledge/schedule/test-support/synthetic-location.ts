// Test-only builder for a location with readable weekly hours ("08:30-12:00").

import type { Location, TimeRange, Weekday } from '../../content-types.js';
import { WEEKDAYS } from '../../content-types.js';

function table(spec: Partial<Record<Weekday, string[]>>): Record<Weekday, TimeRange[]> {
  const result = {} as Record<Weekday, TimeRange[]>;
  for (const day of WEEKDAYS) {
    result[day] = (spec[day] ?? []).map((text) => {
      const [start = '', end = ''] = text.split('-');
      return { start, end };
    });
  }
  return result;
}

/** A location with `id`, free `hours` and optional `appointmentOnly` slots per weekday. */
export function syntheticLocation(
  id: string,
  hours: Partial<Record<Weekday, string[]>>,
  appointmentOnly: Partial<Record<Weekday, string[]>> = {},
): Location {
  return { id, name: `Loket ${id}`, address: null, hours: table(hours), appointmentOnly: table(appointmentOnly) };
}

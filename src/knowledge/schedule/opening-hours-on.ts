// The hours of one location on one calendar date: weekly hours, appointment slots and closures.

import type { Closure, Location, TimeRange } from '../content-types.js';
import { weekdayOf } from './calendar-date.js';
import { minutesOf } from './time-of-day.js';

/** What a location offers on one date. `closed` means neither free hours nor appointment slots. */
export interface DaySchedule {
  date: string;
  closed: boolean;
  /** Set only when a closure applies (holiday, inventory…), not for a regular day off. */
  closureReason?: string;
  /** Freely accessible hours, sorted by start. */
  open: TimeRange[];
  /** Slots only with an appointment, sorted by start. */
  appointmentOnly: TimeRange[];
}

/** The closure that applies to `locationId` on `date` ("*" covers every location), if any. */
export function closureOn(locationId: string, closures: readonly Closure[], date: string): Closure | undefined {
  return closures.find((c) => c.date === date && (c.locations.includes('*') || c.locations.includes(locationId)));
}

function sorted(ranges: readonly TimeRange[] | undefined): TimeRange[] {
  return [...(ranges ?? [])].sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
}

/**
 * The schedule of `location` on `date` ("YYYY-MM-DD"). A closure empties both lists and sets
 * `closureReason`; a missing weekday in the weekly tables counts as no hours.
 * Throws RangeError on an invalid date or time.
 */
export function openingHoursOn(location: Location, closures: readonly Closure[], date: string): DaySchedule {
  const weekday = weekdayOf(date);
  const closure = closureOn(location.id, closures, date);
  if (closure) return { date, closed: true, closureReason: closure.reason, open: [], appointmentOnly: [] };
  // Content files may omit appointmentOnly entirely, whatever the type says.
  const open = sorted(location.hours?.[weekday]);
  const appointmentOnly = sorted(location.appointmentOnly?.[weekday]);
  return { date, closed: open.length === 0 && appointmentOnly.length === 0, open, appointmentOnly };
}

// Whether a location is open, open by appointment only, or closed at one wall-clock moment.

import type { Closure, Location, TimeRange } from '../content-types.js';
import { openingHoursOn } from './opening-hours-on.js';
import { minutesOf } from './time-of-day.js';

/** The state at one moment; `range` is the slot that contains it (start inclusive, end exclusive). */
export interface OpenStatus {
  state: 'open' | 'appointment-only' | 'closed';
  range?: TimeRange;
  closureReason?: string;
}

function containing(ranges: readonly TimeRange[], minute: number): TimeRange | undefined {
  return ranges.find((r) => minutesOf(r.start) <= minute && minute < minutesOf(r.end));
}

/**
 * The state of `location` on `date` at `time` ("HH:MM", Brussels wall clock). Free hours win
 * over an overlapping appointment slot. Throws RangeError on an invalid date or time.
 */
export function isOpenAt(location: Location, closures: readonly Closure[], date: string, time: string): OpenStatus {
  const day = openingHoursOn(location, closures, date);
  if (day.closureReason !== undefined) return { state: 'closed', closureReason: day.closureReason };
  const minute = minutesOf(time);
  const free = containing(day.open, minute);
  if (free) return { state: 'open', range: free };
  const appointment = containing(day.appointmentOnly, minute);
  if (appointment) return { state: 'appointment-only', range: appointment };
  return { state: 'closed' };
}

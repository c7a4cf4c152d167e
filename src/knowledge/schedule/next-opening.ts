// The next time a location is freely accessible (without appointment), looking ahead day by day.

import type { Closure, Location, TimeRange } from '../content-types.js';
import { addDays } from './calendar-date.js';
import { openingHoursOn } from './opening-hours-on.js';
import { minutesOf } from './time-of-day.js';

/** A free-hours slot found by `nextOpening`; `ongoing` when the start moment already lies inside it. */
export interface NextOpening {
  date: string;
  range: TimeRange;
  ongoing: boolean;
}

/**
 * The first free-hours slot that is open at or after `fromDate` `fromTime` (a slot that is open
 * at that moment counts, with `ongoing: true`). Appointment-only slots are skipped. Looks ahead
 * `maxDays` days (default 60) and returns null when nothing opens in that window.
 * Throws RangeError on an invalid date or time.
 */
export function nextOpening(
  location: Location,
  closures: readonly Closure[],
  fromDate: string,
  fromTime: string,
  maxDays = 60,
): NextOpening | null {
  const fromMinute = minutesOf(fromTime);
  for (let offset = 0; offset <= maxDays; offset += 1) {
    const date = addDays(fromDate, offset);
    for (const range of openingHoursOn(location, closures, date).open) {
      if (offset > 0 || minutesOf(range.end) > fromMinute) {
        return { date, range, ongoing: offset === 0 && minutesOf(range.start) <= fromMinute };
      }
    }
  }
  return null;
}

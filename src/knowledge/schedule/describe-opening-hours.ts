// Dutch sentence for a location's hours on one day, for the assistant's reply.

import type { DaySchedule } from './opening-hours-on.js';
import { capitalize, dutchDayPhrase, dutchRanges } from './describe-day.js';
import { minutesOf } from './time-of-day.js';

/** Today's Brussels date (and optionally time) the reply is written for. */
export interface NowInfo {
  today: string;
  /** "HH:MM"; when given and the day is today, a sentence about right now is added. */
  time?: string;
}

function nowSentence(day: DaySchedule, time: string): string {
  const minute = minutesOf(time);
  const inside = (r: { start: string; end: string }): boolean => minutesOf(r.start) <= minute && minute < minutesOf(r.end);
  const free = day.open.find(inside);
  if (free) return ` Nu (${time}) is het open, tot ${free.end}.`;
  const appointment = day.appointmentOnly.find(inside);
  if (appointment) return ` Nu (${time}) is het alleen op afspraak open, tot ${appointment.end}.`;
  const later = day.open.find((r) => minutesOf(r.start) > minute);
  if (later) return ` Nu (${time}) is het gesloten; het gaat weer open om ${later.start}.`;
  return ` Nu (${time}) is het gesloten.`;
}

/**
 * One or two sentences such as "Vandaag, maandag 7 december, is het loket Burgerzaken open van
 * 08:30 tot 12:00 en van 13:30 tot 16:00." or "Op vrijdag 25 december is … gesloten (Kerstmis)."
 * `locationName` is used as written, so pass it with an article if the sentence needs one.
 */
export function describeOpeningHours(locationName: string, day: DaySchedule, nowInfo: NowInfo): string {
  const { relative, named } = dutchDayPhrase(day.date, nowInfo.today);
  const opening = relative ? `${capitalize(relative)}, ${named}, is ${locationName}` : `Op ${named} is ${locationName}`;
  let state: string;
  if (day.closed) {
    state = day.closureReason === undefined ? 'gesloten' : `gesloten (${day.closureReason})`;
  } else if (day.open.length === 0) {
    state = `alleen op afspraak open, ${dutchRanges(day.appointmentOnly)}`;
  } else {
    state = `open ${dutchRanges(day.open)}`;
    if (day.appointmentOnly.length > 0) {
      state += `${day.open.length > 1 ? ',' : ''} en op afspraak ${dutchRanges(day.appointmentOnly)}`;
    }
  }
  const now = nowInfo.time !== undefined && day.date === nowInfo.today && !day.closed ? nowSentence(day, nowInfo.time) : '';
  return `${opening} ${state}.${now}`;
}

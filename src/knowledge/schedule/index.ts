// Front door of knowledge/schedule: opening hours, waste collections, street lookup and the
// Dutch sentences that present them. Pure functions on calendar dates; no I/O.

export { addDays, calendarDate, daysBetween, isCalendarDate, weekdayOf } from './calendar-date.js';
export { minutesOf } from './time-of-day.js';
export { DUTCH_MONTH_NAMES, DUTCH_WEEKDAY_NAMES, formatDutchDate, formatDutchDayMonth } from './format-dutch-date.js';
export { closureOn, openingHoursOn } from './opening-hours-on.js';
export type { DaySchedule } from './opening-hours-on.js';
export { isOpenAt } from './is-open-at.js';
export type { OpenStatus } from './is-open-at.js';
export { nextOpening } from './next-opening.js';
export type { NextOpening } from './next-opening.js';
export { nextCollections } from './next-collections.js';
export type { NextCollectionsOptions } from './next-collections.js';
export { fractionName } from './fraction-name.js';
export { matchStreet } from './match-street.js';
export type { StreetMatch } from './match-street.js';
export { findStreetInText } from './find-street-in-text.js';
export { describeOpeningHours } from './describe-opening-hours.js';
export type { NowInfo } from './describe-opening-hours.js';
export { describeCollections } from './describe-collections.js';
export type { CollectionContext } from './describe-collections.js';

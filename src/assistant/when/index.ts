// Front door of assistant/when: which day and time a resident's question is about, in Europe/Brussels.

export { resolveWhen } from './resolve-when.js';
export type { When } from './resolve-when.js';
export type { PartOfDay } from './when-text.js';
export { brusselsInstant, brusselsParts } from './brussels-parts.js';
export type { BrusselsParts } from './brussels-parts.js';
export { easterSunday } from './easter-sunday.js';
export { HOLIDAYS } from './holiday-date.js';
export type { Holiday } from './holiday-date.js';
// Calendar formatting lives with the calendar in knowledge/schedule; re-exported for callers here.
export { formatDutchDate, formatDutchDayMonth } from '../../knowledge/schedule/index.js';

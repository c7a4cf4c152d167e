// Dates and times for the register's pages, in Dutch and in Brussels time.
const DATE_TIME = new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const DATE = new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', day: 'numeric', month: 'long', year: 'numeric' });

/** "1 maart 2027 om 10:15". */
export function formatDutchDateTime(at: Date): string {
  return DATE_TIME.format(at);
}

/** "1 maart 2027". */
export function formatDutchDate(at: Date): string {
  return DATE.format(at);
}

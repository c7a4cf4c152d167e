// Wall-clock times "HH:MM" as minutes since midnight, for comparing against opening hours.

/** Minutes since midnight of "HH:MM" (also accepts "H:MM"; "24:00" is 1440). Throws RangeError otherwise. */
export function minutesOf(time: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) {
    throw new RangeError(`invalid time of day "${time}"`);
  }
  return hours * 60 + minutes;
}

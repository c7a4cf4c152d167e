// A moment as the console shows it: Dutch date and time for people, ISO in `datetime` for machines.
import { formatDateTime } from './format.js';

/** `<time>` for `at` (a Date or an ISO string). */
export function Timestamp(props: { at: Date | string }) {
  const iso = typeof props.at === 'string' ? props.at : props.at.toISOString();
  return <time datetime={iso}>{formatDateTime(iso)}</time>;
}

/** Dates of attempts, shown the Dutch way. */

const LONG = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
const WITH_TIME = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * A stored ISO date as Dutch text; an unparseable value gives "onbekende datum".
 * @example formatDate('2025-03-01T09:30:00Z') // '1 maart 2025'
 */
export function formatDate(iso: string, withTime = false): string {
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return 'onbekende datum';
  return (withTime ? WITH_TIME : LONG).format(new Date(time));
}

const SHORT = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'short', timeStyle: 'short' });

/**
 * A stored ISO date in short Dutch form, for tables.
 * @example formatShortDate('2025-03-01T09:30:00Z') // '01-03-2025, 10:30' (in the Amsterdam time zone)
 */
export function formatShortDate(iso: string): string {
  const time = Date.parse(iso);
  return Number.isFinite(time) ? SHORT.format(new Date(time)) : 'onbekende datum';
}

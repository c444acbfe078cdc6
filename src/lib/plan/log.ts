/**
 * The log ("Logboek"): once a month the chosen numbers (and, if the reader wants, the likes). Validation of
 * one entry from the form's raw text, adding an entry to the list, and the chart's data. Pure.
 */
import { parseCount } from './count';
import { MAX_LOG, type LogEntry } from './format';
import { metricById } from './metrics';

/** A month as `YYYY-MM` (2000–2099). */
const MONTH = /^(20\d{2})-(0[1-9]|1[0-2])$/;

/** True for a `YYYY-MM` month from 2000 up to and including the month of `now`. */
export function isLogMonth(value: unknown, now: Date = new Date()): value is string {
  if (typeof value !== 'string' || !MONTH.test(value)) return false;
  return value <= currentMonth(now);
}

/** The month of `now` as `YYYY-MM` (local time: the reader's own calendar). */
export function currentMonth(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** What the log form holds: raw text per field. */
export interface LogForm {
  month: string;
  values: Readonly<Record<string, string>>;
  likes: string;
}

/** The result of checking the form: an entry, or messages per field (`month`, `likes`, or a metric id). */
export type LogCheck = { ok: true; entry: LogEntry } | { ok: false; errors: Record<string, string> };

/**
 * Checks one month's entry. Every chosen metric needs a count; likes are optional.
 * @example checkLogEntry({ month: '2026-10', values: { aanvragen: '4' }, likes: '' }, ['aanvragen'], new Date('2026-11-30')).ok // true
 */
export function checkLogEntry(form: LogForm, metrics: readonly string[], now: Date = new Date()): LogCheck {
  const errors: Record<string, string> = {};
  if (!MONTH.test(form.month)) errors['month'] = 'Kies een maand.';
  else if (!isLogMonth(form.month, now))
    errors['month'] = 'Die maand ligt in de toekomst: kies deze maand of een eerdere.';
  const values: Record<string, number> = {};
  const known = metrics.filter((id) => metricById(id));
  if (known.length === 0) errors['month'] ??= 'Kies eerst bij “Wat ik meet” welke cijfers je bijhoudt.';
  for (const id of known) {
    const parsed = parseCount(form.values[id] ?? '');
    if (parsed.ok) values[id] = parsed.value;
    else errors[id] = parsed.message;
  }
  let likes: number | undefined;
  if (form.likes.trim() !== '') {
    const parsed = parseCount(form.likes);
    if (parsed.ok) likes = parsed.value;
    else errors['likes'] = parsed.message;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const entry: LogEntry = { month: form.month, values };
  if (likes !== undefined) entry.likes = likes;
  return { ok: true, entry };
}

/** Adds or replaces the entry for its month; keeps months in order and at most {@link MAX_LOG} (newest). */
export function putLogEntry(log: readonly LogEntry[], entry: LogEntry): LogEntry[] {
  const rest = log.filter((e) => e.month !== entry.month);
  return [...rest, entry].sort((a, b) => a.month.localeCompare(b.month)).slice(-MAX_LOG);
}

/** Removes a month's entry. */
export function removeLogEntry(log: readonly LogEntry[], month: string): LogEntry[] {
  return log.filter((e) => e.month !== month);
}

const MONTH_NAMES = new Intl.DateTimeFormat('nl-NL', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * A month for labels, the Dutch way.
 * @example monthLabel('2026-03') // 'mrt 2026'
 */
export function monthLabel(month: string): string {
  const m = MONTH.exec(month);
  if (!m) return month;
  return MONTH_NAMES.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1))).replace('.', '');
}

/** One line of the chart: a label and one value (or null, a gap) per logged month. */
export interface LogSeries {
  id: string;
  label: string;
  values: (number | null)[];
}

/** The chart's data: months as labels, one series per chosen metric, and the likes when asked for. */
export function logSeries(
  log: readonly LogEntry[],
  metrics: readonly string[],
  withLikes: boolean,
): { labels: string[]; series: LogSeries[] } {
  const labels = log.map((e) => monthLabel(e.month));
  const series: LogSeries[] = metrics
    .map((id) => metricById(id))
    .filter((m) => m !== undefined)
    .map((m) => ({ id: m.id, label: m.label, values: log.map((e) => e.values[m.id] ?? null) }));
  if (withLikes) series.push({ id: 'likes', label: 'Likes', values: log.map((e) => e.likes ?? null) });
  return { labels, series };
}

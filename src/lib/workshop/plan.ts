/**
 * A workshop of several lessons: which lessons, in which order (`?reeks=slug,slug` in the deck's URL), how
 * many minutes they take, and where the trainer should be by now. Pure; every slug from a URL is checked
 * against the known lessons, so a crafted link can only ever point at a real deck.
 */

/** A lesson as the planner knows it. */
export interface PlanLesson {
  id: string;
  title: string;
  /** Minutes the lesson takes in a workshop. */
  minutes: number;
}

/** The most lessons a workshop can hold (there are not more in the course; this caps crafted URLs). */
export const MAX_REEKS = 30;

/** The lessons of a `reeks` parameter, known ones only, without repeats, in the given order. */
export function parseReeks(search: string, known: readonly string[]): string[] {
  let raw: string | null;
  try {
    raw = new URLSearchParams(search).get('reeks');
  } catch {
    return [];
  }
  if (!raw) return [];
  const allowed = new Set(known);
  const out: string[] = [];
  for (const part of raw.split(',').slice(0, MAX_REEKS * 2)) {
    const slug = part.trim();
    if (allowed.has(slug) && !out.includes(slug)) out.push(slug);
    if (out.length >= MAX_REEKS) break;
  }
  return out;
}

/** The query string for a workshop: `?reeks=a,b` ('' for fewer than two lessons). */
export function reeksQuery(slugs: readonly string[]): string {
  return slugs.length > 1 ? `?reeks=${slugs.map(encodeURIComponent).join(',')}` : '';
}

/** The lessons before and after `current` in a workshop (undefined at the ends or when it is not in it). */
export function reeksNeighbours(reeks: readonly string[], current: string): { previous?: string; next?: string } {
  const i = reeks.indexOf(current);
  if (i < 0) return {};
  const out: { previous?: string; next?: string } = {};
  if (i > 0) out.previous = reeks[i - 1]!;
  if (i < reeks.length - 1) out.next = reeks[i + 1]!;
  return out;
}

/** Total planned minutes of the chosen lessons (unknown ids count 0; invalid minutes count 0). */
export function plannedMinutes(chosen: readonly string[], lessons: readonly PlanLesson[]): number {
  const byId = new Map(lessons.map((l) => [l.id, l.minutes]));
  return chosen.reduce((sum, id) => {
    const m = byId.get(id) ?? 0;
    return sum + (Number.isFinite(m) && m > 0 ? m : 0);
  }, 0);
}

/**
 * Where the plan says the trainer should be, in minutes since the start, on slide `index` of `total` of
 * lesson `current` in a workshop `reeks` (a single lesson when the reeks is empty or does not contain it).
 * Returns that and the workshop's total plan.
 */
export function planPosition(
  reeks: readonly string[],
  current: string,
  lessons: readonly PlanLesson[],
  index: number,
  total: number,
): { expected: number; plan: number } {
  const chain = reeks.includes(current) ? reeks : [current];
  const at = chain.indexOf(current);
  const before = plannedMinutes(chain.slice(0, at), lessons);
  const own = plannedMinutes([current], lessons);
  const share = total > 1 && Number.isFinite(index) ? Math.min(Math.max(index, 0), total - 1) / (total - 1) : 0;
  return { expected: before + own * share, plan: plannedMinutes(chain, lessons) };
}

/**
 * What the planner remembers: the chosen lessons (null: not chosen yet, so the lessons that fit), the time
 * available, and whether the workshop ends with the "plan maken" block.
 */
export interface WorkshopPlan {
  chosen: string[] | null;
  /** Minutes the trainer has, breaks and questions included. */
  available: number;
  /** Present and true: a closing block of PLAN_BLOCK_MINUTES in which everyone starts their own plan. */
  planBlock?: true;
}

/** Minutes of the closing "plan maken" block: everyone starts Mijn plan on their phone (the decks' last slide). */
export const PLAN_BLOCK_MINUTES = 10;

/**
 * The lessons, in course order, that fit together in `available` minutes: each in turn when it still fits,
 * so a plan opened for the first time never starts over its time.
 */
export function lessonsThatFit(lessons: readonly PlanLesson[], available: number): string[] {
  const room = Number.isFinite(available) ? available : 0;
  const out: string[] = [];
  let used = 0;
  for (const l of lessons) {
    const m = Number.isFinite(l.minutes) && l.minutes > 0 ? l.minutes : 0;
    if (used + m <= room) {
      out.push(l.id);
      used += m;
    }
  }
  return out;
}

/** The planner's starting point: the lessons that fit in 90 minutes. */
export const DEFAULT_PLAN: WorkshopPlan = { chosen: null, available: 90 };

/** Bounds for the time available (minutes). */
export const MIN_AVAILABLE = 15;
export const MAX_AVAILABLE = 480;

const SLUG = /^[a-z0-9][a-z0-9-]{0,80}$/;

/** Reads a stored plan; anything broken or out of range falls back to the default (nothing is thrown). */
export function decodePlan(raw: string | null | undefined): WorkshopPlan {
  if (!raw) return DEFAULT_PLAN;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return DEFAULT_PLAN;
  }
  if (typeof value !== 'object' || value === null) return DEFAULT_PLAN;
  const v = value as Record<string, unknown>;
  const chosen =
    Array.isArray(v['chosen']) &&
    v['chosen'].length <= MAX_REEKS &&
    v['chosen'].every((s) => typeof s === 'string' && SLUG.test(s))
      ? [...new Set(v['chosen'] as string[])]
      : null;
  const available =
    typeof v['available'] === 'number' &&
    Number.isInteger(v['available']) &&
    v['available'] >= MIN_AVAILABLE &&
    v['available'] <= MAX_AVAILABLE
      ? v['available']
      : DEFAULT_PLAN.available;
  return v['planBlock'] === true ? { chosen, available, planBlock: true } : { chosen, available };
}

/**
 * Reads the "time available" field. Returns the minutes, or a Dutch message to show next to the field.
 * @example parseAvailable('1,5 uur') // { error: 'Vul een aantal minuten in, bijvoorbeeld 90.' }
 */
export function parseAvailable(text: string): { minutes: number } | { error: string } {
  const t = text.trim();
  if (t === '') return { error: 'Vul in hoeveel minuten je hebt, bijvoorbeeld 90.' };
  if (!/^\d{1,4}$/.test(t)) return { error: 'Vul een aantal minuten in, bijvoorbeeld 90.' };
  const minutes = Number.parseInt(t, 10);
  if (minutes < MIN_AVAILABLE) return { error: `Reken op minstens ${MIN_AVAILABLE} minuten.` };
  if (minutes > MAX_AVAILABLE)
    return { error: `Meer dan ${MAX_AVAILABLE} minuten (8 uur) is geen workshop meer; kies minder.` };
  return { minutes };
}

/** One sentence that compares the planned minutes with the time available. */
export function planVerdict(planned: number, available: number): { text: string; over: boolean } {
  if (planned <= 0) return { text: 'Kies minstens één les.', over: false };
  const rest = available - planned;
  if (rest >= 0)
    return { text: `Je houdt ${formatMinutesShort(rest)} over voor pauze, vragen en oefeningen.`, over: false };
  return {
    text: `Dat is ${formatMinutesShort(-rest)} meer dan je hebt. Laat een les weg of neem meer tijd.`,
    over: true,
  };
}

/** "45 min", "1 uur 5 min" (as in timing.ts; kept here so the planner needs only this module). */
function formatMinutesShort(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} uur` : `${h} uur ${m} min`;
}

/**
 * The progress file a reader saves on one device and loads on another. It holds the same data as
 * localStorage (lessons, quiz rounds, self-test scores with dates) and no personal details.
 *
 * Format: `{"app": "voorbij-de-like", "kind": "voortgang", "v": 3, "exportedAt": "…", "parts": {"lessons":
 * …, "mythQuiz": …, "selfTest": …, "plan": …}}`; each part is migrated and validated like stored data.
 * Files of v1 and v2 (without a plan) are read through the same migrations.
 */
import { isPlanEmpty } from '../plan/validate';
import { decodeEnvelope } from './codec';
import { CURRENT_VERSION, EMPTY, PARTS, type Part, type ProgressData } from './format';
import { impossibleReason } from './impossible';
import { migrate } from './migrate';

/** Identifies our files among other JSON files. */
export const FILE_APP = 'voorbij-de-like';
/** Identifies the kind of file. */
export const FILE_KIND = 'voortgang';
/** Files larger than this are refused unread. */
export const MAX_FILE_BYTES = 1_000_000;

/** The suggested file name, with the date: `voorbij-de-like-voortgang-2025-03-01.json`. */
export function exportFileName(now: Date): string {
  return `${FILE_APP}-${FILE_KIND}-${now.toISOString().slice(0, 10)}.json`;
}

/** The text of a progress file. */
export function exportProgress(data: ProgressData, now: Date): string {
  return `${JSON.stringify(
    { app: FILE_APP, kind: FILE_KIND, v: CURRENT_VERSION, exportedAt: now.toISOString(), parts: data },
    null,
    2,
  )}\n`;
}

/** How many things a file holds, per part (for the "geladen" message). */
export interface ImportCounts {
  lessons: number;
  mythQuiz: number;
  selfTest: number;
  /** 1 when the file holds a plan with anything in it. */
  plan: number;
}

/** The result of reading a progress file: the data, or a Dutch message for the reader. */
export type ImportResult =
  { ok: true; data: ProgressData; dropped: number; counts: ImportCounts } | { ok: false; error: string };

const DAMAGED = 'Dit voortgangsbestand is beschadigd of heeft een onbekende vorm.';

/**
 * Reads a progress file's text. Never throws; every failure comes back as a message for the reader. All or
 * nothing: a file with anything impossible in it (an unknown lesson, a date in the future, scores the
 * self-test cannot give, a part that is not ours) is refused as a whole, so loading it changes nothing.
 */
export function importProgress(text: string, now: Date = new Date()): ImportResult {
  if (text.trim() === '') return { ok: false, error: 'Dit bestand is leeg.' };
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: 'Dit bestand is te groot voor een voortgangsbestand.' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: 'Dit bestand kunnen we niet lezen. Kies het .json-bestand dat je eerder hebt bewaard.' };
  }
  const file = parsed as Record<string, unknown> | null;
  if (typeof file !== 'object' || file === null || file['app'] !== FILE_APP || file['kind'] !== FILE_KIND) {
    return { ok: false, error: 'Dit is geen voortgangsbestand van Voorbij de like.' };
  }
  const v = file['v'];
  if (typeof v === 'number' && v > CURRENT_VERSION) {
    return {
      ok: false,
      error: 'Dit bestand komt uit een nieuwere versie van de cursus. Laad de pagina opnieuw en probeer het nog eens.',
    };
  }
  const parts = file['parts'];
  if (typeof parts !== 'object' || parts === null || Array.isArray(parts)) {
    return { ok: false, error: 'Dit voortgangsbestand is onvolledig: er staat geen voortgang in.' };
  }
  const present = PARTS.filter((part) => (parts as Record<string, unknown>)[part] !== undefined);
  if (present.length === 0) {
    return {
      ok: false,
      error: 'Dit voortgangsbestand is leeg: er staan geen lessen, quizrondes, zelftests of plan in.',
    };
  }
  const data: Record<Part, unknown> = { ...EMPTY };
  for (const part of present) {
    const raw = (parts as Record<string, unknown>)[part];
    const migrated = typeof v === 'number' ? migrate(part, v, raw) : null;
    const decoded = decodeEnvelope(part, { v, data: raw });
    if (decoded.status === 'outdated' || decoded.status === 'newer' || decoded.status === 'foreign' || !migrated) {
      return { ok: false, error: DAMAGED };
    }
    const reason = impossibleReason(part, migrated.data, now);
    if (reason) return { ok: false, error: `${reason} We hebben niets overgenomen.` };
    if (decoded.dropped > 0) {
      return { ok: false, error: `${DAMAGED} Er staan gegevens in die niet kloppen; we hebben niets overgenomen.` };
    }
    data[part] = decoded.value;
  }
  const result = data as unknown as ProgressData;
  return {
    ok: true,
    data: result,
    dropped: 0,
    counts: {
      lessons: Object.values(result.lessons).filter((l) => l.done).length,
      mythQuiz: result.mythQuiz.length,
      selfTest: result.selfTest.length,
      plan: isPlanEmpty(result.plan) ? 0 : 1,
    },
  };
}

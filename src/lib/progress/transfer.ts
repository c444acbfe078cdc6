/**
 * The progress file a reader saves on one device and loads on another. It holds the same data as
 * localStorage (lessons, quiz rounds, self-test scores with dates) and no personal details.
 *
 * Format: `{"app": "voorbij-de-like", "kind": "voortgang", "v": 2, "exportedAt": "…", "parts": {"lessons":
 * …, "mythQuiz": …, "selfTest": …}}`; each part is migrated and validated like stored data.
 */
import { decodeEnvelope } from './codec';
import { CURRENT_VERSION, EMPTY, PARTS, type Part, type ProgressData } from './format';

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

/** The result of reading a progress file: the data, or a Dutch message for the reader. */
export type ImportResult =
  | { ok: true; data: ProgressData; dropped: number; counts: { lessons: number; mythQuiz: number; selfTest: number } }
  | { ok: false; error: string };

/** Reads a progress file's text. Never throws; every failure comes back as a message for the reader. */
export function importProgress(text: string): ImportResult {
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
  if (typeof parts !== 'object' || parts === null) {
    return { ok: false, error: 'Dit voortgangsbestand is onvolledig: er staat geen voortgang in.' };
  }
  const data: Record<Part, unknown> = { ...EMPTY };
  let dropped = 0;
  for (const part of PARTS) {
    const raw = (parts as Record<string, unknown>)[part];
    if (raw === undefined) continue;
    const decoded = decodeEnvelope(part, { v, data: raw });
    if (decoded.status === 'outdated' || decoded.status === 'newer' || decoded.status === 'foreign') {
      return { ok: false, error: 'Dit voortgangsbestand is beschadigd of heeft een onbekende vorm.' };
    }
    data[part] = decoded.value;
    dropped += decoded.dropped;
  }
  const result = data as unknown as ProgressData;
  return {
    ok: true,
    data: result,
    dropped,
    counts: {
      lessons: Object.values(result.lessons).filter((l) => l.done).length,
      mythQuiz: result.mythQuiz.length,
      selfTest: result.selfTest.length,
    },
  };
}

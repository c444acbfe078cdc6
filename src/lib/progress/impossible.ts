/**
 * Why an imported progress file cannot be true. Storage repairs quietly (a bad entry is set aside, the rest
 * kept), but a file the reader chooses to load is all or nothing: when any part of it is impossible, nothing
 * is loaded and the reader gets one Dutch sentence that says what is wrong.
 */
import { LESSON_SLUGS } from '../lesson-slugs';
import { parseScores } from '../selftest/scoring';
import { isPastDate } from './validate';
import type { Part } from './format';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A name from the file, made safe and short for a message (it is shown as text, never as HTML). */
function quote(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  return `“${clean.length > 40 ? `${clean.slice(0, 39)}…` : clean}”`;
}

function futureIn(list: unknown, now: Date): boolean {
  return (
    Array.isArray(list) &&
    list.some(
      (item) =>
        isRecord(item) &&
        typeof item['at'] === 'string' &&
        !isPastDate(item['at'], now) &&
        isFinite(Date.parse(item['at'])),
    )
  );
}

/**
 * The first impossible thing in one part of a file (after migration), as a Dutch sentence; null when
 * nothing specific is found (the caller then uses a general message if entries were dropped).
 */
export function impossibleReason(part: Part, data: unknown, now: Date = new Date()): string | null {
  if (part === 'lessons' && isRecord(data)) {
    const unknown = Object.keys(data).find((slug) => !(LESSON_SLUGS as readonly string[]).includes(slug));
    if (unknown !== undefined) return `Dit bestand noemt een les die deze cursus niet heeft: ${quote(unknown)}.`;
    const future = Object.values(data).some(
      (e) =>
        isRecord(e) &&
        ((typeof e['doneAt'] === 'string' && !isPastDate(e['doneAt'], now) && isFinite(Date.parse(e['doneAt']))) ||
          futureIn([e['check']], now)),
    );
    if (future) return 'In dit bestand staat een les die pas in de toekomst gelezen wordt. Dat kan niet kloppen.';
  }
  if (part === 'mythQuiz' && futureIn(data, now)) {
    return 'In dit bestand staat een quizronde met een datum in de toekomst. Dat kan niet kloppen.';
  }
  if (part === 'selfTest' && Array.isArray(data)) {
    if (futureIn(data, now))
      return 'In dit bestand staat een zelftest met een datum in de toekomst. Dat kan niet kloppen.';
    if (data.some((item) => isRecord(item) && parseScores(item['scores']) === null)) {
      return 'In dit bestand staat een zelftestuitslag met scores die de zelftest niet kan geven.';
    }
  }
  return null;
}

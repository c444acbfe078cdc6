/**
 * The text a reader meets in the components a lesson can embed (besides the myth cards and quiz, which
 * `lessonWords` reads from the myths), by component name: the self-test's statements and the worksheet's
 * questions. The lessons loader counts it into a lesson's reading time wherever the lesson embeds the component.
 */
import { STATEMENTS } from './selftest/statements';
import { worksheet } from '../data/worksheet';

/** Component name → the words it shows, for `lessonWords`. */
export const EMBEDDED_TEXTS: Readonly<Record<string, string>> = {
  SelfTest: STATEMENTS.map((s) => s.text).join(' '),
  Worksheet: worksheet.map((q) => q.question).join(' '),
};

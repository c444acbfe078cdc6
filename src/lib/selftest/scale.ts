/** The answer scale of the self-test: 1 (helemaal oneens) to 5 (helemaal eens). */
export const SCALE = [
  { value: 1, label: 'Helemaal oneens' },
  { value: 2, label: 'Oneens' },
  { value: 3, label: 'Neutraal' },
  { value: 4, label: 'Eens' },
  { value: 5, label: 'Helemaal eens' },
] as const;

/** One answer on the scale. */
export type AnswerValue = (typeof SCALE)[number]['value'];

/** The lowest and highest answer. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

/** True for a whole number on the scale (1–5). */
export function isAnswerValue(value: unknown): value is AnswerValue {
  return typeof value === 'number' && Number.isInteger(value) && value >= SCALE_MIN && value <= SCALE_MAX;
}

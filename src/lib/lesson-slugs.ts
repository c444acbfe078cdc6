/**
 * The lesson slugs the learning features point to. The file name of a lesson is its slug (see
 * `src/content.config.ts`); keep this list in step when a lesson is renamed. Titles come from the collection.
 */
export const LESSON_SLUGS = [
  'vergiftigd-geschenk',
  'engagement-per-volgersniveau',
  'strategie-of-schijnbeweging',
  'van-like-naar-euro',
  'inspanning-en-resultaat',
  'twintig-mythes',
  'zelftest',
] as const;

/** A lesson slug the course knows. */
export type LessonSlug = (typeof LESSON_SLUGS)[number];

/** True for a string shaped like a lesson slug (lowercase words joined by hyphens, at most 80 characters). */
export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 80 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}

/** Words a reader of plain Dutch prose reads per minute: a conservative average for screen reading. */
export const WORDS_PER_MINUTE = 200;

/**
 * Counts the words in a text, ignoring Markdown/MDX markup such as tags, link targets and emphasis marks.
 * @example countWords('Likes zijn <Term id="roi">geen doel</Term>.') // 4
 */
export function countWords(text: string): number {
  const plain = text
    .replace(/^---[\s\S]*?---/, ' ') // front matter
    .replace(/```[\s\S]*?```/g, ' ') // code blocks
    .replace(/<[^>]*>/g, ' ') // tags (MDX components, HTML)
    .replace(/\]\([^)]*\)/g, ' ') // link targets
    .replace(/\{[^}]*\}/g, ' '); // MDX expressions
  return plain.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
}

/**
 * Reading time in whole minutes (at least 1) for a number of words.
 * @example readingMinutes(1000) // 5
 */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  if (!Number.isFinite(words) || words <= 0) return 1;
  return Math.max(1, Math.round(words / wordsPerMinute));
}

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
  if (!Number.isFinite(wordsPerMinute) || wordsPerMinute <= 0) wordsPerMinute = WORDS_PER_MINUTE;
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/**
 * The myth cards a lesson's MDX shows: `<MythCards />` shows all of `available`, `<MythCards only={[1, 2]} />`
 * the listed ones (unknown numbers dropped). Each number once, in the order of first appearance.
 * @example embeddedMythNumbers('<MythCards only={[3, 1]} />', [1, 2, 3]) // [3, 1]
 */
export function embeddedMythNumbers(source: string, available: readonly number[]): number[] {
  const found: number[] = [];
  for (const tag of source.matchAll(/<MythCards\b([^>]*)\/?>/g)) {
    const only = /only=\{\s*\[([^\]]*)\]\s*\}/.exec(tag[1] ?? '');
    const numbers = only ? (only[1] ?? '').split(',').map((n) => Number(n.trim())) : [...available];
    for (const n of numbers) if (available.includes(n) && !found.includes(n)) found.push(n);
  }
  return found;
}

/**
 * The text a myth card shows (title, the myth, why it fails, what to do instead), from the raw Markdown file
 * of a myth: its front matter up to the quiz. Returns `null` when the file has no `number:`.
 * @example mythCardText('---\nnumber: 3\ntitle: Eén kanaal\nquiz:\n  statement: x\n---').text // 'Eén kanaal'
 */
export function mythCardText(raw: string): { number: number; text: string } | null {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(raw)?.[1] ?? '';
  const number = Number(/^number:\s*(\d+)\s*$/m.exec(front)?.[1]);
  if (!Number.isInteger(number)) return null;
  const card: string[] = [];
  let inCard = false;
  for (const line of front.split(/\r?\n/)) {
    const key = /^([a-z]+):\s*(.*)$/.exec(line);
    if (key) {
      // Only these keys are printed on the card; the quiz and source are shown elsewhere or as one line.
      inCard = ['title', 'myth', 'why', 'instead'].includes(key[1] ?? '');
      if (inCard && key[2] && key[2] !== '>-' && key[2] !== '|') card.push(key[2]);
    } else if (inCard && /^\s/.test(line)) {
      card.push(line.trim());
    }
  }
  return { number, text: card.join(' ') };
}

/**
 * The words a reader meets on a lesson page: the MDX body (without the slide-only points) plus the text of the
 * myth cards it embeds.
 * @example lessonReadingWords('Twee woorden <MythCards only={[1]} />', new Map([[1, 'drie woorden hier']])) // 5
 */
export function lessonReadingWords(source: string, mythTexts: ReadonlyMap<number, string>): number {
  // Slide points show only on the workshop slide, never on the reading page.
  const page = source.replace(/<SlidePoints>[\s\S]*?<\/SlidePoints>/g, ' ');
  const myths = embeddedMythNumbers(page, [...mythTexts.keys()]);
  return myths.reduce((sum, n) => sum + countWords(mythTexts.get(n) ?? ''), countWords(page));
}

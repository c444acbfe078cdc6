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

/** A myth card's words: what the closed card shows, and what opens on demand. */
export interface MythCardText {
  number: number;
  /** Title and gist: read by everyone who reads the lesson. */
  shown: string;
  /** The myth, why it fails and what to do instead: folded away, for looking up. */
  folded: string;
}

/** The front matter keys a closed card shows, and the ones it folds away; the quiz and source count as neither. */
const SHOWN_KEYS = ['title', 'gist'];
const FOLDED_KEYS = ['myth', 'why', 'instead'];

/**
 * The text of a myth card, from the raw Markdown file of a myth: its title and gist (`shown`, on the closed card)
 * and its myth, why and instead (`folded`, opened on demand). Returns `null` when the file has no `number:`.
 * @example mythCardText('---\nnumber: 3\ntitle: Eén kanaal\nwhy: Nee.\n---') // { number: 3, shown: 'Eén kanaal', folded: 'Nee.' }
 */
export function mythCardText(raw: string): MythCardText | null {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(raw)?.[1] ?? '';
  const number = Number(/^number:\s*(\d+)\s*$/m.exec(front)?.[1]);
  if (!Number.isInteger(number)) return null;
  const shown: string[] = [];
  const folded: string[] = [];
  let into: string[] | null = null;
  for (const line of front.split(/\r?\n/)) {
    const key = /^([a-z]+):\s*(.*)$/.exec(line);
    if (key) {
      const name = key[1] ?? '';
      into = SHOWN_KEYS.includes(name) ? shown : FOLDED_KEYS.includes(name) ? folded : null;
      if (into && key[2] && key[2] !== '>-' && key[2] !== '|') into.push(key[2]);
    } else if (into && /^\s/.test(line)) {
      into.push(line.trim());
    }
  }
  return { number, shown: shown.join(' '), folded: folded.join(' ') };
}

/** What a reader meets on a lesson page, in words: read by default, and folded away on myth cards. */
export interface LessonWords {
  /** The MDX body (without the slide-only points) plus the title and gist of each embedded myth card. */
  read: number;
  /** The folded explanations of the embedded myth cards. */
  folded: number;
  /** How many myth cards the lesson embeds. */
  cards: number;
}

/**
 * Counts the words of a lesson page: the MDX body (without the slide-only points) and the myth cards it embeds,
 * split into what is read by default and what is folded away for looking up.
 * @example lessonWords('Twee woorden <MythCards only={[1]} />', new Map([[1, { number: 1, shown: 'drie', folded: 'vier vijf' }]])) // { read: 3, folded: 2, cards: 1 }
 */
export function lessonWords(source: string, myths: ReadonlyMap<number, MythCardText>): LessonWords {
  // Slide points show only on the workshop slide, never on the reading page.
  const page = source.replace(/<SlidePoints>[\s\S]*?<\/SlidePoints>/g, ' ');
  const embedded = embeddedMythNumbers(page, [...myths.keys()]);
  let read = countWords(page);
  let folded = 0;
  for (const n of embedded) {
    read += countWords(myths.get(n)?.shown ?? '');
    folded += countWords(myths.get(n)?.folded ?? '');
  }
  return { read, folded, cards: embedded.length };
}

/**
 * The reading time a lesson shows: minutes for what is read by default and, when it embeds myth cards, how many
 * cards there are to look up and the minutes their folded text would take.
 * @example lessonReadingTime({ read: 2000, folded: 1000, cards: 20 }) // { minutes: 10, lookUp: { cards: 20, minutes: 5 } }
 */
export function lessonReadingTime(words: LessonWords): {
  minutes: number;
  lookUp?: { cards: number; minutes: number };
} {
  const minutes = readingMinutes(words.read);
  return words.cards > 0
    ? { minutes, lookUp: { cards: words.cards, minutes: readingMinutes(words.folded) } }
    : { minutes };
}

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
 * the listed ones (unknown numbers dropped), each number once in the order of first appearance, with whether the
 * card is brief (`<MythCards brief />`: title and gist, and a link to the full card on the reference page).
 * @example embeddedMythCards('<MythCards brief only={[3, 1]} />', [1, 2, 3]) // [{ number: 3, brief: true }, { number: 1, brief: true }]
 */
export function embeddedMythCards(source: string, available: readonly number[]): { number: number; brief: boolean }[] {
  const found: { number: number; brief: boolean }[] = [];
  for (const tag of source.matchAll(/<MythCards\b([^>]*)\/?>/g)) {
    const attributes = tag[1] ?? '';
    const only = /only=\{\s*\[([^\]]*)\]\s*\}/.exec(attributes);
    // `brief`, `brief={true}`; not `brief={false}`.
    const brief = /(?:^|\s)brief(?=[\s/]|=\{?\s*true|$)/.test(attributes);
    const numbers = only ? (only[1] ?? '').split(',').map((n) => Number(n.trim())) : [...available];
    for (const n of numbers) if (available.includes(n) && !found.some((f) => f.number === n)) found.push({ number: n, brief });
  }
  return found;
}

/** A myth card's words: what every card shows, what a full card adds, and what the myth quiz asks. */
export interface MythCardText {
  number: number;
  /** Title and gist: on every card, brief or full. */
  shown: string;
  /** The myth, why it fails and what to do instead: on a full card only. */
  explanation: string;
  /** The quiz statement and its explanation: read by whoever does the myth quiz. */
  quiz: string;
}

/** The front matter keys every card shows, and the ones a full card adds; the source counts as neither. */
const SHOWN_KEYS = ['title', 'gist'];
const EXPLANATION_KEYS = ['myth', 'why', 'instead'];
/** The keys under `quiz:` a quiz taker reads (the verdict is a button, not text). */
const QUIZ_KEYS = ['statement', 'explanation'];

/**
 * The text of a myth card, from the raw Markdown file of a myth: its title and gist (`shown`), its myth, why and
 * instead (`explanation`) and its quiz statement and explanation (`quiz`). Returns `null` when the file has no
 * `number:`.
 * @example mythCardText('---\nnumber: 3\ntitle: Eén kanaal\nwhy: Nee.\n---') // { number: 3, shown: 'Eén kanaal', explanation: 'Nee.', quiz: '' }
 */
export function mythCardText(raw: string): MythCardText | null {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(raw)?.[1] ?? '';
  const number = Number(/^number:\s*(\d+)\s*$/m.exec(front)?.[1]);
  if (!Number.isInteger(number)) return null;
  const shown: string[] = [];
  const explanation: string[] = [];
  const quiz: string[] = [];
  let into: string[] | null = null;
  let inQuiz = false;
  const take = (value: string | undefined) => {
    if (into && value && value !== '>-' && value !== '|') into.push(value);
  };
  for (const line of front.split(/\r?\n/)) {
    const key = /^([a-z]+):\s*(.*)$/.exec(line);
    // A key nested one level under `quiz:` (two spaces); deeper lines are the folded text of a value.
    const quizKey = inQuiz ? /^\s{2}([a-z]+):\s*(.*)$/.exec(line) : null;
    if (key) {
      const name = key[1] ?? '';
      inQuiz = name === 'quiz';
      into = SHOWN_KEYS.includes(name) ? shown : EXPLANATION_KEYS.includes(name) ? explanation : null;
      take(key[2]);
    } else if (quizKey) {
      into = QUIZ_KEYS.includes(quizKey[1] ?? '') ? quiz : null;
      take(quizKey[2]);
    } else if (into && /^\s/.test(line)) {
      into.push(line.trim());
    }
  }
  return { number, shown: shown.join(' '), explanation: explanation.join(' '), quiz: quiz.join(' ') };
}

/**
 * Counts the words a lesson page asks a reader to read: the MDX body (without the slide-only points), the myth
 * cards it embeds (title and gist; the explanation too on a full card), every quiz statement with its
 * explanation when it embeds the myth quiz, and the text of any other component in `components` (by name, such
 * as the self-test's statements) that it embeds. Nothing on a lesson page is folded away.
 * @example lessonWords('Twee woorden <MythCards brief only={[1]} />', new Map([[1, { number: 1, shown: 'drie', explanation: 'vier vijf', quiz: '' }]])) // 3
 * @example lessonWords('Doe de test. <SelfTest />', new Map(), { SelfTest: 'Ik weet mijn doel.' }) // 7
 */
export function lessonWords(
  source: string,
  myths: ReadonlyMap<number, MythCardText>,
  components: Readonly<Record<string, string>> = {},
): number {
  // Slide points show only on the workshop slide, never on the reading page.
  const page = source.replace(/<SlidePoints>[\s\S]*?<\/SlidePoints>/g, ' ');
  let words = countWords(page);
  for (const [name, text] of Object.entries(components)) {
    if (new RegExp(`<${name}\\b`).test(page)) words += countWords(text);
  }
  for (const { number, brief } of embeddedMythCards(page, [...myths.keys()])) {
    const card = myths.get(number);
    words += countWords(card?.shown ?? '') + (brief ? 0 : countWords(card?.explanation ?? ''));
  }
  // The quiz asks about every myth, so it is read in full wherever it stands.
  if (/<MythQuiz\b/.test(page)) for (const myth of myths.values()) words += countWords(myth.quiz);
  return words;
}

/**
 * The words of a knowledge check as a reader meets it: each question, its options, and the feedback of the
 * correct option (the one a reader who gets it right reads). Takes the front matter as parsed, unvalidated:
 * anything not shaped like a question counts as nothing.
 * @example checkWords([{ question: 'Wat telt?', options: [{ text: 'Klanten', correct: true, feedback: 'Juist.' }, { text: 'Likes' }] }]) // 5
 */
export function checkWords(check: unknown): number {
  if (!Array.isArray(check)) return 0;
  let words = 0;
  for (const q of check as unknown[]) {
    if (typeof q !== 'object' || q === null) continue;
    const { question, options } = q as { question?: unknown; options?: unknown };
    if (typeof question === 'string') words += countWords(question);
    if (!Array.isArray(options)) continue;
    for (const o of options as unknown[]) {
      if (typeof o !== 'object' || o === null) continue;
      const { text, correct, feedback } = o as { text?: unknown; correct?: unknown; feedback?: unknown };
      if (typeof text === 'string') words += countWords(text);
      if (correct === true && typeof feedback === 'string') words += countWords(feedback);
    }
  }
  return words;
}

/**
 * The lessons collection's loader: Astro's glob loader, plus a `minutes` field computed from the words a reader
 * meets on the page at WORDS_PER_MINUTE: the MDX body, the myth cards, myth quiz, self-test and worksheet it
 * embeds (`lessonWords`, `EMBEDDED_TEXTS`), and the knowledge check (`checkWords`). Reading time is never set by hand, so it
 * cannot drift from the text, and the course's total on the home page is the sum of what the lessons ask.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { checkWords, lessonWords, mythCardText, type MythCardText, readingMinutes, WORDS_PER_MINUTE } from '../lib/reading-time';
import { EMBEDDED_TEXTS } from '../lib/embedded-text';

/** Where the lessons and the myth cards they may embed live, relative to the project root. */
export interface LessonsLoaderOptions {
  pattern: string;
  base: string;
  mythsBase: string;
}

/** The card text of every myth in `dir`, by number. */
function readMythTexts(dir: string): Map<number, MythCardText> {
  const texts = new Map<number, MythCardText>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const card = mythCardText(readFileSync(join(dir, file), 'utf8'));
    if (card) texts.set(card.number, card);
  }
  return texts;
}

/** A glob loader for lessons that adds the computed reading time as `data.minutes`. */
export function lessonsLoader({ pattern, base, mythsBase }: LessonsLoaderOptions): Loader {
  const inner = glob({ pattern, base });
  return {
    name: 'lessons-with-reading-time',
    load: async (context) => {
      const mythTexts = readMythTexts(fileURLToPath(new URL(mythsBase, context.config.root)));
      // The glob loader skips files whose digest is unchanged; mixing in the myth texts and the reading speed
      // makes a changed myth card or speed recompute every lesson's minutes.
      const salt = `\n${WORDS_PER_MINUTE}\n${Object.values(EMBEDDED_TEXTS).join('|')}\n${[...mythTexts].map(([n, t]) => `${n}:${t.shown}|${t.explanation}|${t.quiz}`).join('\n')}`;
      await inner.load({
        ...context,
        generateDigest: (data) => context.generateDigest(typeof data === 'string' ? data + salt : { ...data, salt }),
        parseData: async (props) => {
          if ('minutes' in props.data) {
            throw new Error(`${props.filePath ?? props.id}: remove "minutes" from the front matter; reading time is computed from the words.`);
          }
          const source = props.filePath ? readFileSync(props.filePath, 'utf8') : '';
          const words = lessonWords(source, mythTexts, EMBEDDED_TEXTS) + checkWords(props.data['check']);
          const minutes = readingMinutes(words);
          return context.parseData({ ...props, data: { ...props.data, minutes } });
        },
      });
    },
  };
}

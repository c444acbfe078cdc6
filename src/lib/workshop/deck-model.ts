/**
 * The whole deck of one lesson, in order: a title slide (with the QR code), the learning objectives, the
 * section slides, one quiz slide per knowledge-check question, the sources, and a closing slide. Pure: the
 * page passes in the lesson's data and its body already split by `buildSlides`.
 */
import { escapeHtml, packItems, type SectionSlide, type SplitLesson } from './build-slides';
import { sourceYear } from '../figure-source';

/** A source as the lesson's front matter lists it. */
export interface DeckSource {
  title: string;
  author?: string | undefined;
  publication?: string | undefined;
  year?: number | undefined;
}

/** A knowledge-check question as the front matter has it. */
export interface DeckQuestion {
  question: string;
  options: { text: string; correct?: boolean | undefined; feedback: string }[];
}

/** What the deck is made from. */
export interface DeckInput {
  title: string;
  summary: string;
  order: number;
  minutes: number;
  objectives: readonly string[];
  sources: readonly DeckSource[];
  check?: readonly DeckQuestion[] | undefined;
  split: SplitLesson;
}

/** One slide of the deck. `notes` is HTML for the trainer; `title` is plain text (for the overview and announcements). */
export type DeckSlide =
  | { kind: 'title'; title: string; notes: string[] }
  | { kind: 'objectives'; title: string; items: string[]; part: number; parts: number; notes: string[] }
  | ({ kind: 'section' } & SectionSlide)
  | {
      kind: 'quiz';
      title: string;
      number: number;
      count: number;
      question: string;
      options: { text: string; correct: boolean }[];
      /** The feedback of the correct option, shown on reveal. */
      answer: string;
      notes: string[];
    }
  | { kind: 'sources'; title: string; items: string[]; part: number; parts: number; notes: string[] }
  | { kind: 'end'; title: string; notes: string[] };

/** "Auteur, “Titel”, Publicatie, 2019." as HTML; an unknown year is said. */
export function sourceHtml(s: DeckSource): string {
  const tail = [s.publication, sourceYear(s.year)].filter(Boolean).join(', ');
  return `${s.author ? `${escapeHtml(s.author)}, ` : ''}“${escapeHtml(s.title)}”, ${escapeHtml(String(tail))}.`;
}

const p = (text: string) => `<p>${escapeHtml(text)}</p>`;

/** Builds the ordered slides of a lesson's deck. */
export function buildDeck(input: DeckInput): DeckSlide[] {
  const slides: DeckSlide[] = [];
  slides.push({ kind: 'title', title: input.title, notes: input.split.intro });

  const objectives = packItems(input.objectives.map((o) => `<li>${escapeHtml(o)}</li>`));
  objectives.forEach((items, i) => {
    slides.push({
      kind: 'objectives',
      title: 'Na deze les',
      items,
      part: i + 1,
      parts: objectives.length,
      notes:
        i === 0
          ? [p('Lees de leerdoelen voor en vraag wie er al ervaring mee heeft: dan weet je waar je tempo kunt maken.')]
          : [],
    });
  });

  for (const section of input.split.slides) slides.push({ kind: 'section', ...section });

  const questions = input.check ?? [];
  questions.forEach((q, i) => {
    const correct = q.options.find((o) => o.correct);
    slides.push({
      kind: 'quiz',
      title: q.question,
      number: i + 1,
      count: questions.length,
      question: q.question,
      options: q.options.map((o) => ({ text: o.text, correct: o.correct === true })),
      answer: correct?.feedback ?? '',
      notes: [
        p('Laat de groep eerst kiezen (handen op per letter), toon dan het antwoord.'),
        `<ol type="A">${q.options.map((o) => `<li>${o.correct ? '<strong>Juist.</strong> ' : ''}${escapeHtml(o.feedback)}</li>`).join('')}</ol>`,
      ],
    });
  });

  const sources = packItems(input.sources.map((s) => `<li>${sourceHtml(s)}</li>`));
  sources.forEach((items, i) => {
    slides.push({ kind: 'sources', title: 'Bronnen', items, part: i + 1, parts: sources.length, notes: [] });
  });

  slides.push({
    kind: 'end',
    title: 'Maak je plan',
    notes: [
      p(
        'Wijs op de QR-code: op Mijn plan zet iedereen een doel, de eigen cijfers en wat ze voortaan meten op één pagina, op de eigen telefoon. Niets gaat naar ons toe.',
      ),
      p('De les, de rekenhulpen en de kennischeck staan online, ook voor wie er vandaag niet bij was.'),
    ],
  });
  return slides;
}

/** The counter of a slide in a section of several: "2/3". */
export function partLabel(slide: { part: number; parts: number }): string {
  return `${slide.part}/${slide.parts}`;
}

/** A short plain-text name for a slide (overview, screen-reader announcements, the presenter's "next"). */
export function slideName(slide: DeckSlide): string {
  switch (slide.kind) {
    case 'quiz':
      return `Kennischeck ${slide.number} van ${slide.count}`;
    case 'section':
    case 'objectives':
    case 'sources':
      return slide.parts > 1 ? `${slide.title} (${partLabel(slide)})` : slide.title;
    default:
      return slide.title;
  }
}

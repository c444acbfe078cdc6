/**
 * From scores to a profile: a level (by the overall score), at most two dimensions to work on first (the
 * weakest below {@link STRONG_FROM}), concrete advice for each, and the lessons to read next.
 */
import type { LessonSlug } from '../lesson-slugs';
import { DIMENSION_IDS, DIMENSIONS, type DimensionId } from './dimensions';
import { isAnswerValue } from './scale';
import { totalScore, type Answers, type DimensionScores } from './scoring';
import { STATEMENTS } from './statements';

/** The four levels, from weakest to strongest. */
export const LEVEL_IDS = ['likejager', 'zoeker', 'bouwer', 'strateeg'] as const;

/** One level's id. */
export type LevelId = (typeof LEVEL_IDS)[number];

/** A dimension scoring this much or more counts as a strength and gets no advice. */
export const STRONG_FROM = 75;
/** Below this a dimension gets the "start here" advice rather than the "next step" advice. */
export const WEAK_BELOW = 40;
/** At most this many dimensions get advice, so the reader knows where to begin. */
export const MAX_FOCUS = 2;
/** At most this many lessons are suggested. */
export const MAX_LESSONS = 3;

/** Lessons suggested when no dimension needs work: the myths and the money side. */
const DEEPER_LESSONS: readonly LessonSlug[] = ['twintig-mythes', 'van-like-naar-euro'];

interface Level {
  id: LevelId;
  /** The overall score from which this level applies. */
  from: number;
  title: string;
  summary: string;
}

/** The levels with their thresholds, strongest last. */
export const LEVELS: readonly Level[] = [
  {
    id: 'likejager',
    from: 0,
    title: 'De likejager',
    summary:
      'Je let vooral op wat je meteen ziet: likes, volgers, een duimpje omhoog. Dat voelt fijn, maar het zegt weinig over klanten. Het goede nieuws: met een paar bewuste keuzes win je hier snel terrein.',
  },
  {
    id: 'zoeker',
    from: 35,
    title: 'De zoeker',
    summary:
      'Je doet al een hoop: je post, je reageert, je kijkt af en toe naar cijfers. Alleen hangt het nog niet aan elkaar, en zonder duidelijk doel zie je niet wat werkt en wat alleen tijd kost.',
  },
  {
    id: 'bouwer',
    from: 60,
    title: 'De bouwer',
    summary:
      'Je staat stevig: je weet wat je wilt bereiken en je werkt daar gericht aan. Een of twee zwakke plekken houden je resultaat nog tegen. Die pak je nu aan.',
  },
  {
    id: 'strateeg',
    from: 80,
    title: 'De strateeg',
    summary:
      'Je kijkt een stap verder dan de like: naar gesprekken, klanten en omzet. Blijf meten wat het oplevert, en blijf kritisch op adviezen die te mooi klinken om waar te zijn.',
  },
];

/** Advice per dimension: `start` for a weak score, `next` for a middling one. */
const ADVICE: Readonly<Record<DimensionId, { start: string; next: string }>> = {
  doelen: {
    start:
      'Schrijf in één zin op wat social media je over een jaar moet opleveren, in klanten of in euro’s. Bijvoorbeeld: “vijf nieuwe trajecten van € 600 via LinkedIn”. Leg elke keuze daarna naast die zin.',
    next: 'Je hebt een doel; maak het meetbaar. Een aantal aanvragen of een bedrag per kwartaal laat je na drie maanden zien of je op koers ligt.',
  },
  meten: {
    start:
      'Kies twee cijfers voorbij de like, bijvoorbeeld klikken naar je site en aanvragen of verkopen. Schrijf ze elke maand op in een eenvoudig lijstje; meer hoeft niet.',
    next: 'Zet UTM-codes op je links, zodat je in je statistieken ziet welk bericht bezoekers en klanten bracht. En vergelijk je engagement alleen met accounts van jouw grootte.',
  },
  gesprek: {
    start:
      'Trek elke dag tien minuten uit om op reacties en berichten te antwoorden. Ook op kritiek: een rustig, eerlijk antwoord doet meer voor je naam dan een reactie die verdwijnt.',
    next: 'Sluit een bericht vaker af met een open vraag die je klant makkelijk kan beantwoorden, en ga in op wat er terugkomt. Zo wordt een bericht een gesprek.',
  },
  inhoud: {
    start:
      'Noteer de tien vragen die klanten je het vaakst stellen. Dat zijn tien berichten die je ideale klant herkent, en geen van alle is een kattenfilmpje of een zonsondergang.',
    next: 'Let op de verhouding: maak de meeste berichten nuttig of persoonlijk en maar een klein deel een aanbieding. Een tijdlijn die één lange reclame is, scrollen mensen voorbij.',
  },
  middelen: {
    start:
      'Reken uit wat social media je echt kost: uren per week maal je uurtarief, plus tools en advertenties. Drie uur per week tegen € 60 per uur is al zo’n € 780 per maand.',
    next: 'Zet vaste blokken in je agenda en kijk na drie maanden of de opbrengst die uren waard is. Te weinig tijd? Kies dan minder platforms in plaats van overal een beetje.',
  },
  kanalen: {
    start:
      'Vraag je laatste tien klanten waar ze online rondkijken. Kies op basis daarvan één of twee platforms en laat de rest voorlopig liggen.',
    next: 'Maak per platform een eigen versie van je bericht: kort en zakelijk op LinkedIn, het beeld voorop op Instagram. Eén tekst overal tegelijk valt overal een beetje tegen.',
  },
};

/**
 * An answer pattern that says more about how the test was filled in than about the reader: agreeing (or
 * disagreeing, or staying neutral) with every statement, although some statements are meant the other way.
 */
export type AnswerPattern = 'alles-eens' | 'alles-oneens' | 'alles-neutraal';

/** The pattern names, for validating stored attempts. */
export const ANSWER_PATTERNS: readonly AnswerPattern[] = ['alles-eens', 'alles-oneens', 'alles-neutraal'];

/**
 * The pattern of a complete set of answers, or null when the answers differ in direction (the normal case).
 * @example answerPattern(Object.fromEntries(STATEMENTS.map((s) => [s.id, 5]))) // 'alles-eens'
 */
export function answerPattern(answers: Answers): AnswerPattern | null {
  const values = STATEMENTS.map((s) => answers[s.id]);
  if (!values.every(isAnswerValue)) return null;
  if (values.every((v) => v >= 4)) return 'alles-eens';
  if (values.every((v) => v <= 2)) return 'alles-oneens';
  if (values.every((v) => v === 3)) return 'alles-neutraal';
  return null;
}

const PATTERN_NOTE: Readonly<Record<AnswerPattern, string>> = {
  'alles-eens':
    'Je was het met elke stelling eens. Een paar stellingen zijn juist andersom bedoeld, dus zo zegt de uitslag nog weinig over jou. Lees ze nog eens rustig en kies bij elke stelling wat echt bij je past.',
  'alles-oneens':
    'Je was het met geen enkele stelling eens. Een paar stellingen zijn juist andersom bedoeld, dus zo zegt de uitslag nog weinig over jou. Lees ze nog eens rustig en kies bij elke stelling wat echt bij je past.',
  'alles-neutraal':
    'Je koos bij elke stelling “neutraal”. Dat is eerlijk als je het niet weet, maar zo kunnen we je nog geen richting geven. Kies waar je kunt een kant: dan zie je wat je sterke en zwakke plekken zijn.',
};

/** One dimension to work on, with its advice. */
export interface Focus {
  dimension: DimensionId;
  score: number;
  advice: string;
}

/** The reader's profile: what the scores mean, what to do, what to read. */
export interface Profile {
  level: LevelId;
  title: string;
  summary: string;
  total: number;
  /** The weakest dimensions below {@link STRONG_FROM}, weakest first; empty when all are strong. */
  focus: Focus[];
  /** Dimensions at or above {@link STRONG_FROM}, in dimension order. */
  strengths: DimensionId[];
  /** One to three lessons, most useful first; never the self-test itself. */
  nextLessons: LessonSlug[];
  /** Set when the answers followed one pattern: the title and summary are then a gentle note, not a verdict. */
  pattern?: AnswerPattern;
}

/** The level for an overall score (0–100); anything below 0 or NaN counts as the lowest level. */
export function levelFor(total: number): Level {
  let found = LEVELS[0] as Level;
  for (const level of LEVELS) if (total >= level.from) found = level;
  return found;
}

/**
 * The profile for a complete set of scores.
 * @example buildProfile({ doelen: 100, meten: 100, gesprek: 100, inhoud: 100, middelen: 100, kanalen: 100 }).level // 'strateeg'
 */
export function buildProfile(scores: DimensionScores, pattern?: AnswerPattern | null): Profile {
  const total = totalScore(scores);
  const level = levelFor(total);
  const weak = DIMENSION_IDS.filter((id) => scores[id] < STRONG_FROM)
    // A stable sort keeps the dimension order among equal scores (goals before measurement, …).
    .sort((a, b) => scores[a] - scores[b])
    .slice(0, MAX_FOCUS);
  const focus = weak.map((id) => ({
    dimension: id,
    score: scores[id],
    advice: scores[id] < WEAK_BELOW ? ADVICE[id].start : ADVICE[id].next,
  }));
  if (pattern) {
    // No confident profile and no advice built on answers that do not tell us much.
    return {
      level: level.id,
      title: 'Nog geen duidelijk beeld',
      summary: PATTERN_NOTE[pattern],
      total,
      focus: [],
      strengths: [],
      nextLessons: lessonsFor([]),
      pattern,
    };
  }
  return {
    level: level.id,
    title: level.title,
    summary: level.summary,
    total,
    focus,
    strengths: DIMENSION_IDS.filter((id) => scores[id] >= STRONG_FROM),
    nextLessons: lessonsFor(weak),
  };
}

/** Lessons for the focus dimensions, taking each dimension's best lesson first, without repeats. */
export function lessonsFor(focus: readonly DimensionId[]): LessonSlug[] {
  if (focus.length === 0) return [...DEEPER_LESSONS];
  const out: LessonSlug[] = [];
  const depth = Math.max(...focus.map((id) => DIMENSIONS[id].lessons.length));
  for (let i = 0; i < depth; i++) {
    for (const id of focus) {
      const slug = DIMENSIONS[id].lessons[i];
      if (slug && !out.includes(slug) && out.length < MAX_LESSONS) out.push(slug);
    }
  }
  return out;
}

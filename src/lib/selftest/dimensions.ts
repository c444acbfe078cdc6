import type { LessonSlug } from '../lesson-slugs';

/** The six dimensions of the self-test, in the order the chart and the tables show them. */
export const DIMENSION_IDS = ['doelen', 'meten', 'gesprek', 'inhoud', 'middelen', 'kanalen'] as const;

/** One dimension's id. */
export type DimensionId = (typeof DIMENSION_IDS)[number];

/** What a dimension is about and which lessons help when it scores low. */
export interface Dimension {
  id: DimensionId;
  /** Short label for the chart axis and the table. */
  label: string;
  /** One line on what the dimension measures. */
  about: string;
  /** Lessons to read when this dimension is weak, most helpful first. */
  lessons: readonly LessonSlug[];
}

/** The dimensions, keyed by id. */
export const DIMENSIONS: Readonly<Record<DimensionId, Dimension>> = {
  doelen: {
    id: 'doelen',
    label: 'Doelen',
    about: 'Weet je wat social media je bedrijf moet opleveren, voorbij de like?',
    lessons: ['vergiftigd-geschenk', 'strategie-of-schijnbeweging'],
  },
  meten: {
    id: 'meten',
    label: 'Meten',
    about: 'Volg je cijfers die iets zeggen over klanten en omzet?',
    lessons: ['van-like-naar-euro', 'engagement-per-volgersniveau'],
  },
  gesprek: {
    id: 'gesprek',
    label: 'Gesprek',
    about: 'Gebruik je social media om te praten met mensen, niet alleen om te zenden?',
    lessons: ['strategie-of-schijnbeweging', 'twintig-mythes'],
  },
  inhoud: {
    id: 'inhoud',
    label: 'Inhoud',
    about: 'Past wat je plaatst bij je vak en bij de vragen van je ideale klant?',
    lessons: ['vergiftigd-geschenk', 'strategie-of-schijnbeweging'],
  },
  middelen: {
    id: 'middelen',
    label: 'Tijd en geld',
    about: 'Reken je met de uren en het budget die social media echt kosten?',
    lessons: ['inspanning-en-resultaat'],
  },
  kanalen: {
    id: 'kanalen',
    label: 'Kanalen',
    about: 'Zit je op de kanalen waar je klanten zijn, op de manier die bij elk kanaal past?',
    lessons: ['twintig-mythes', 'strategie-of-schijnbeweging'],
  },
};

/** True when `value` is one of the dimension ids. */
export function isDimensionId(value: unknown): value is DimensionId {
  return typeof value === 'string' && (DIMENSION_IDS as readonly string[]).includes(value);
}

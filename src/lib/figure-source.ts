/**
 * Text for the source line under a figure: who published it, the title, the year ("jaar niet vermeld" when the
 * source gives none). Pure, so tables, charts and tests agree on one wording.
 */
import type { FigureSource } from '../data/types';

/** What a page shows for a source without a year. */
export const UNKNOWN_YEAR = 'jaar niet vermeld';

/**
 * The year as shown on a page.
 * @example sourceYear(2016) // "2016"; sourceYear(null) // "jaar niet vermeld"
 */
export function sourceYear(year: number | null | undefined): string {
  return typeof year === 'number' && Number.isFinite(year) ? String(year) : UNKNOWN_YEAR;
}

/**
 * Name, title (in quotes, when it has one and the name does not already carry it) and year, comma-separated.
 * @example sourceText({ name: 'Markerly', title: 'Instagram Marketing', year: 2016, measures: '…' })
 *   // "Markerly, “Instagram Marketing”, 2016"
 */
export function sourceText(source: FigureSource): string {
  const parts = [source.name];
  if (source.title && !source.name.includes(source.title)) parts.push(`“${source.title}”`);
  parts.push(sourceYear(source.year));
  return parts.join(', ');
}

/**
 * A short reference for captions: name and year only.
 * @example shortSource({ name: 'Markerly', year: 2016, measures: '…' }) // "Markerly, 2016"
 */
export function shortSource(source: Pick<FigureSource, 'name' | 'year'>): string {
  return `${source.name}, ${sourceYear(source.year)}`;
}

/**
 * Ends a phrase with a full stop unless it already ends in punctuation, for source lines built from parts.
 * @example asSentence('likes ÷ volgers') // "likes ÷ volgers."
 */
export function asSentence(text: string): string {
  const t = text.trim();
  return t === '' || /[.!?…]$/.test(t) ? t : `${t}.`;
}

/**
 * Joins a number to the unit after it with a no-break space, so "0,5 %" or "7,1 mln" never wraps apart.
 * @example keepUnitsTogether('0,5 % en 7,1 mln') // "0,5\u00a0% en 7,1\u00a0mln"
 */
export function keepUnitsTogether(text: string): string {
  return text.replace(/(\d) (%|mln|mld)(?![\p{L}])/gu, '$1\u00a0$2');
}

/**
 * How a lesson's source reads in the "Bronnen" list: one plain string per part, joined with one style of
 * punctuation (`Auteur, “Titel”, Publicatie, 2019.`). A title in square brackets is an editor's description of
 * an untitled source; it is shown without the brackets and without quotation marks, so it never reads as a title.
 */
import { sourceYear } from './figure-source';

/** A source as the lesson schema gives it. */
export interface SourceInput {
  title: string;
  author?: string | undefined;
  publication?: string | undefined;
  year?: number | undefined;
}

/** The parts of a citation, in reading order. */
export interface Citation {
  /** "Auteur, " or ''. */
  lead: string;
  /** The title's text, brackets removed for a description. */
  title: string;
  /** True for a real title (shown in quotation marks), false for an editor's description. */
  quoted: boolean;
  /** ", Publicatie, 2019." — always ends with a full stop. */
  tail: string;
}

/**
 * Splits a source into its citation parts.
 * @example citation({ title: '[cijfers per sector]', author: 'X', year: 2021 }) // { lead: 'X, ', title: 'cijfers per sector', quoted: false, tail: ', 2021.' }
 */
export function citation(source: SourceInput): Citation {
  const raw = source.title.trim();
  const described = /^\[[^]*\]$/.test(raw);
  const title = (described ? raw.slice(1, -1) : raw).replace(/\s+/g, ' ').trim();
  const author = source.author?.trim();
  const tail = [source.publication?.trim(), sourceYear(source.year)].filter((p) => p !== undefined && p !== '');
  return {
    lead: author ? `${author}, ` : '',
    title,
    quoted: !described,
    tail: `, ${tail.join(', ')}.`,
  };
}

/**
 * The title as it reads: in Dutch quotation marks for a real title, bare for a description.
 * @example citedTitle(citation({ title: 'Likes' })) // '“Likes”'
 */
export function citedTitle(c: Citation): string {
  return c.quoted ? `“${c.title}”` : c.title;
}

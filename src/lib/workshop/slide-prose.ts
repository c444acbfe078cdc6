/**
 * Slides take short points, the trainer's notes take the prose. A box of slide material that the author
 * wrote as paragraphs (a worked example) keeps its title, its lists and its short paragraphs on the slide;
 * a long paragraph shows only its first sentence there (when that is short) and goes whole into the notes;
 * a paragraph that only points elsewhere (a link to another lesson) goes to the notes alone.
 * Pure: strings in, strings out.
 */
import { splitTopLevel, textOf, type HtmlBlock } from './html-blocks';

/** Characters of text a paragraph may have to stay whole on a slide (about one line and a half). */
export const SHORT_PARAGRAPH = 110;

/** A box of material made slide-sized: what stays on the slide, and what moves to the notes. */
export interface SlideProse {
  html: string;
  notes: string[];
}

/**
 * The HTML of the first sentence of `html` (a paragraph's inner HTML), cut where no inline element is
 * open, or null when the first sentence ends inside one or there is no sentence end.
 */
export function firstSentenceHtml(html: string): string | null {
  let depth = 0;
  for (let i = 0; i < html.length; i++) {
    const c = html[i];
    if (c === '<') {
      const end = html.indexOf('>', i);
      if (end < 0) return null;
      const tag = html.slice(i, end + 1);
      if (tag.startsWith('</')) depth--;
      else if (!tag.endsWith('/>') && !/^<(br|wbr|img)\b/i.test(tag)) depth++;
      i = end;
      continue;
    }
    if ((c === '.' || c === '!' || c === '?') && depth === 0 && /^(\s|$)/.test(html.slice(i + 1, i + 2))) {
      // A full stop after a digit inside a number ("1.000") is not followed by a space, so it never ends here.
      return html.slice(0, i + 1);
    }
  }
  return null;
}

/** True for a link to another page of the course (a glossary term's link is part of the sentence). */
const pointsElsewhere = (p: HtmlBlock) => /<a\s(?![^>]*class="term")/i.test(p.inner);

/**
 * Makes a box of material (an `<section class="example">` and the like) slide-sized: paragraphs become
 * short lines or move to the notes, as the module comment says. The box's own element and its head
 * (`data-slide-head`) stay as they are.
 */
export function slideProse(block: HtmlBlock, limit = SHORT_PARAGRAPH): SlideProse {
  const children = splitTopLevel(block.inner);
  const notes: string[] = [];
  const kept: string[] = [];
  let moved = false;
  for (const child of children) {
    if (child.tag !== 'p' || 'data-slide-head' in child.attrs) {
      kept.push(child.html);
      continue;
    }
    const text = textOf(child.html).trim();
    if (pointsElsewhere(child)) {
      notes.push(child.html);
      moved = true;
      continue;
    }
    if (text.length <= limit) {
      kept.push(child.html);
      continue;
    }
    // Long: its first sentence stays if it is short, the whole paragraph goes to the notes.
    moved = true;
    notes.push(child.html);
    const first = firstSentenceHtml(child.inner);
    if (first && textOf(first).trim().length <= limit) kept.push(`${child.open}${first}${child.close}`);
  }
  if (!moved) return { html: block.html, notes: [] };
  // The paragraphs that left the slide stand in the notes, in the author's order.
  return { html: block.open + kept.join('') + block.close, notes };
}

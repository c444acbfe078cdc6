/**
 * How much room a piece of slide material takes, in "lines" of body text on a 16:9 slide, so the deck
 * builder can put as much on a slide as fits and spread the rest over follow-up slides. The numbers are
 * estimates tuned on screenshots at 1280×720 (body text 28 px, about 80 characters a line); the deck's
 * runtime fitter absorbs the last bit of error.
 */
import { splitTopLevel, textOf, type HtmlBlock } from './html-blocks';

/** Lines of body text one slide holds below its title (with a little slack). */
export const SLIDE_BUDGET = 14;
/** Characters of body text a full-width line holds. */
export const CHARS_PER_LINE = 80;
/** Space between paragraphs or list items, in lines. */
export const GAP = 0.3;
/** Key points are set a little larger than body text. */
export const POINTS_SCALE = 1.1;

/** What a piece of slide material is; set by the deck's components as `data-slide-kind`. */
export type MaterialKind = 'points' | 'number' | 'example' | 'onthoud' | 'island' | 'figure' | 'list' | 'quiz';

/** Lines a run of text needs at a given share of the slide width (1 = full width) and font scale. */
export function textLines(text: string, widthShare = 1, fontScale = 1): number {
  const length = [...text].length;
  if (length === 0) return 0;
  const perLine = Math.max(8, Math.floor((CHARS_PER_LINE * widthShare) / fontScale));
  return Math.ceil(length / perLine) * fontScale;
}

/** Lines the items of a list (or paragraphs) need, one item after the other, with a small gap each. */
export function blocksLines(blocks: readonly HtmlBlock[], widthShare: number, fontScale = 1): number {
  let lines = 0;
  for (const block of blocks) {
    if (block.tag === 'ul' || block.tag === 'ol') {
      lines += blocksLines(
        splitTopLevel(block.inner).filter((b) => b.tag === 'li'),
        widthShare * 0.95,
        fontScale,
      );
    } else if (block.tag === 'table' || block.tag === 'figure' || block.tag === 'astro-island') {
      return SLIDE_BUDGET;
    } else {
      const text = textOf(block.html);
      if (text) lines += textLines(text, widthShare, fontScale) + GAP;
    }
  }
  return lines;
}

/** Lines a big number needs when it shares a row with `perRow - 1` others. */
export function numberLines(block: HtmlBlock, perRow: number): number {
  const share = 1 / Math.max(1, perRow);
  const parts = splitTopLevel(block.inner);
  let label = '';
  let source = '';
  const value = textOf(parts.find((p) => p.tag === 'p')?.html ?? '');
  for (const cap of parts.filter((p) => p.tag === 'figcaption')) {
    for (const span of splitTopLevel(cap.inner)) {
      if ((span.attrs['class'] ?? '').includes('source')) source += textOf(span.html);
      else label += textOf(span.html);
    }
  }
  // The value is set about 2.4× body size; a long value wraps.
  const valueLines = textLines(value, share, 2.4);
  return valueLines + textLines(label, share) + textLines(source, share, 0.86) + 1;
}

/** The head (repeated on every part) and the splittable children of a piece of material. */
export function headAndRest(block: HtmlBlock): { head: HtmlBlock[]; rest: HtmlBlock[] } {
  const children = splitTopLevel(block.inner);
  const head = children.filter((c) => 'data-slide-head' in c.attrs);
  const rest = children.filter((c) => !('data-slide-head' in c.attrs));
  return { head, rest };
}

/** Lines a box (example, takeaways) adds for its padding. */
export const BOX = 0.9;

/** Lines one piece of slide material needs on a slide of its own (numbers: alone in their row). */
export function materialLines(block: HtmlBlock): number {
  const kind = (block.attrs['data-slide-kind'] ?? 'figure') as MaterialKind;
  switch (kind) {
    case 'number':
      return numberLines(block, 1);
    case 'island':
    case 'figure':
    case 'quiz':
      return SLIDE_BUDGET;
    case 'example':
    case 'onthoud': {
      const { head, rest } = headAndRest(block);
      // Box padding and the box's own title.
      return BOX + blocksLines(head, 0.94) + blocksLines(rest, 0.94);
    }
    case 'points':
    case 'list':
      return blocksLines(splitTopLevel(block.inner), 1, POINTS_SCALE);
    default:
      return blocksLines(splitTopLevel(block.inner), 1) + 1;
  }
}

/**
 * Turns a lesson body (rendered to HTML with the deck's components) into slides with speaker notes.
 *
 * The rules, so an author can predict the deck:
 * - every `##` section becomes one slide titled by the heading, or a few when its material does not fit;
 * - slide material is every top-level element marked `data-slide-keep` (SlidePoints, BigNumber, Example,
 *   Aside "onthoud", the islands, charts), in the order of the text;
 * - everything else (paragraphs, lists, tables, other asides) becomes the notes of the slide whose material
 *   follows it; what comes after the last material joins the last slide's notes;
 * - a section without material shows its `###` subheadings as points, else a short list it contains,
 *   else its first sentence under the title;
 * - slides take short points: a worked example keeps its lists and short lines, its long paragraphs go to
 *   the notes (`slide-prose.ts`);
 * - big numbers in a row stand side by side; material too long for one slide continues on the next, its
 *   head (the box title) repeated; the slides of one section carry a counter ("2/3") beside the title,
 *   never "(vervolg)" in it;
 * - a slide with only a few short points is marked `sparse`, so its text may grow to fill the slide.
 * Pure: strings in, plain objects out.
 */
import { splitTopLevel, textOf, type HtmlBlock } from './html-blocks';
import { BOX, GAP, SLIDE_BUDGET, headAndRest, materialLines, numberLines, textLines } from './slide-weight';
import { slideProse } from './slide-prose';

/** One slide made from a section of the lesson. */
export interface SectionSlide {
  /** The heading's HTML (may contain links), and as plain text. */
  titleHtml: string;
  title: string;
  /** The heading's id on the reading page, for a link back. */
  anchor?: string;
  /** 1 for the first slide of a section, 2… for its follow-ups. */
  part: number;
  /** How many slides the section has (the counter "part/parts" shows when it is more than 1). */
  parts: number;
  /** Only a few short points: the slide's text may grow well beyond its usual size. */
  sparse: boolean;
  /** HTML of the slide material, in order; a row of big numbers is one entry. */
  body: string[];
  /** HTML of the speaker notes, in order. */
  notes: string[];
  /** 'divider' when the section had nothing for a slide but its title (and maybe a lede). */
  layout: 'stack' | 'island' | 'divider';
}

/** A lesson body split for the deck. */
export interface SplitLesson {
  /** Notes that stand before the first heading: they belong to the title slide. */
  intro: string[];
  /** Scripts and styles found at the top level (island bootstrapping); the page emits them once, first. */
  hoisted: string[];
  slides: SectionSlide[];
}

const HOISTED = new Set(['script', 'style', 'link', 'template']);

const isMaterial = (b: HtmlBlock) => 'data-slide-keep' in b.attrs;
const kindOf = (b: HtmlBlock) => b.attrs['data-slide-kind'] ?? 'figure';

interface Unit {
  block: HtmlBlock;
  notesBefore: string[];
}

/** A slide in the making: its material entries with their weight, and its notes. */
interface Draft {
  body: string[];
  lines: number;
  notes: string[];
  island: boolean;
}

/** Splits a piece of material that is too long for one slide into parts that each fit. */
export function splitMaterial(block: HtmlBlock, budget = SLIDE_BUDGET): string[] {
  const { head, rest } = headAndRest(block);
  const headHtml = head.map((h) => h.html).join('');
  const headLines = BOX + head.reduce((sum, h) => sum + textLines(textOf(h.html), 0.94) + GAP, 0);
  // A single list is split by its items, so numbering carries on through `start`.
  let list: HtmlBlock | undefined;
  let items: HtmlBlock[] = rest;
  if (rest.length === 1 && (rest[0]!.tag === 'ul' || rest[0]!.tag === 'ol')) {
    list = rest[0]!;
    items = splitTopLevel(list.inner).filter((b) => b.tag === 'li');
  }
  if (items.length < 2) return [block.html];
  const room = Math.max(3, budget - headLines);
  const weights = items.map((item) => textLines(textOf(item.html), 0.9) + GAP);
  /** Greedy chunks of at most `limit` lines each. */
  const chunk = (limit: number): HtmlBlock[][] => {
    const chunks: HtmlBlock[][] = [];
    let current: HtmlBlock[] = [];
    let used = 0;
    items.forEach((item, i) => {
      if (current.length > 0 && used + weights[i]! > limit) {
        chunks.push(current);
        current = [];
        used = 0;
      }
      current.push(item);
      used += weights[i]!;
    });
    if (current.length) chunks.push(current);
    return chunks;
  };
  const greedy = chunk(room);
  if (greedy.length < 2) return [block.html];
  // As few parts as the greedy split, but evenly filled: no nearly empty last slide.
  const total = weights.reduce((a, b) => a + b, 0);
  let chunks = greedy;
  for (let limit = total / greedy.length; limit < room; limit += 0.25) {
    const even = chunk(limit);
    if (even.length === greedy.length) {
      chunks = even;
      break;
    }
  }
  let counted = 0;
  return chunks.map((chunk, i) => {
    let inner = chunk.map((c) => c.html).join('');
    if (list) {
      const open =
        list.tag === 'ol' && counted > 0 ? list.open.replace(/^<ol\b/i, `<ol start="${counted + 1}"`) : list.open;
      inner = open + inner + list.close;
    }
    counted += chunk.length;
    const open = i > 0 ? block.open.replace(/^<([a-z][\w-]*)/i, '<$1 data-slide-cont') : block.open;
    return open + headHtml + inner + block.close;
  });
}

/** Material for a section that has none: its subheadings, a short list, or its first sentence. */
function derivedMaterial(blocks: readonly HtmlBlock[]): { material?: HtmlBlock; lede?: string; used?: HtmlBlock } {
  const subheadings = blocks.filter((b) => b.tag === 'h3').map((b) => b.inner);
  if (subheadings.length >= 2) {
    const html = `<div class="slide-points" data-slide-keep data-slide-kind="list"><ul>${subheadings.map((s) => `<li>${s}</li>`).join('')}</ul></div>`;
    return { material: splitTopLevel(html)[0]! };
  }
  const list = blocks.find((b) => {
    if (b.tag !== 'ul' && b.tag !== 'ol') return false;
    const items = splitTopLevel(b.inner).filter((i) => i.tag === 'li');
    return items.length >= 2 && items.length <= 7 && items.every((i) => textOf(i.html).length <= 140);
  });
  if (list) {
    const html = `<div class="slide-points" data-slide-keep data-slide-kind="list">${list.html}</div>`;
    return { material: splitTopLevel(html)[0]!, used: list };
  }
  const first = blocks.find((b) => b.tag === 'p');
  if (first) {
    const sentence = /^.*?[.!?](?=\s|$)/.exec(textOf(first.html))?.[0];
    if (sentence && sentence.length <= 160) return { lede: sentence };
  }
  return {};
}

/** Lays out one section's units on as many slides as needed. */
function packSection(units: readonly Unit[], trailing: string[], budget: number): Draft[] {
  const drafts: Draft[] = [];
  let draft: Draft | undefined;
  const fresh = (): Draft => {
    draft = { body: [], lines: 0, notes: [], island: false };
    drafts.push(draft);
    return draft;
  };
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const kind = kindOf(unit.block);
    if (kind === 'number') {
      // A run of big numbers: rows of up to three (two when their captions are long).
      const run: Unit[] = [unit];
      while (i + 1 < units.length && kindOf(units[i + 1]!.block) === 'number') run.push(units[++i]!);
      const notes = run.flatMap((u) => u.notesBefore);
      let perRow = Math.min(3, run.length);
      const rowLines = (row: Unit[], n: number) => Math.max(...row.map((u) => numberLines(u.block, n)));
      if (perRow === 3 && rowLines(run.slice(0, 3), 3) > budget * 0.6) perRow = 2;
      for (let r = 0; r < run.length; r += perRow) {
        const row = run.slice(r, r + perRow);
        const lines = rowLines(row, perRow) + 0.5;
        const target = draft && !draft.island && draft.lines + lines <= budget ? draft : fresh();
        if (r === 0) target.notes.push(...notes);
        target.body.push(
          `<div class="slide-row slide-row--${row.length}">${row.map((u) => u.block.html).join('')}</div>`,
        );
        target.lines += lines;
      }
      continue;
    }
    const lines = materialLines(unit.block) + 0.5;
    const whole = kind === 'island' || kind === 'figure';
    if (whole) {
      const target = fresh();
      target.island = kind === 'island';
      target.notes.push(...unit.notesBefore);
      target.body.push(unit.block.html);
      target.lines = budget;
      continue;
    }
    if (lines > budget) {
      const parts = splitMaterial(unit.block, budget);
      parts.forEach((part, p) => {
        const target = fresh();
        if (p === 0) target.notes.push(...unit.notesBefore);
        target.body.push(part);
        target.lines = budget;
      });
      continue;
    }
    const target = draft && !draft.island && draft.lines + lines <= budget ? draft : fresh();
    target.notes.push(...unit.notesBefore);
    target.body.push(unit.block.html);
    target.lines += lines;
  }
  const last = draft ?? fresh();
  last.notes.push(...trailing);
  return drafts;
}

/**
 * Splits a rendered lesson body into the deck's section slides.
 * @param budget lines of body text a slide holds (see `slide-weight.ts`)
 */
export function buildSlides(html: string, budget = SLIDE_BUDGET): SplitLesson {
  const blocks = splitTopLevel(html);
  const intro: string[] = [];
  const hoisted: string[] = [];
  const sections: { heading: HtmlBlock; blocks: HtmlBlock[] }[] = [];
  for (const block of blocks) {
    if (HOISTED.has(block.tag)) hoisted.push(block.html);
    else if (block.tag === 'h2') sections.push({ heading: block, blocks: [] });
    else if (sections.length) sections[sections.length - 1]!.blocks.push(block);
    else intro.push(block.html);
  }

  const slides: SectionSlide[] = [];
  for (const { heading, blocks: sectionBlocks } of sections) {
    let content = sectionBlocks;
    let lede: string | undefined;
    if (!content.some(isMaterial)) {
      const derived = derivedMaterial(content);
      lede = derived.lede;
      if (derived.material) {
        // The derived points come first; the section's text stays whole in the notes.
        content = [derived.material, ...content.filter((b) => b !== derived.used)];
      }
    }
    const units: Unit[] = [];
    let pending: string[] = [];
    for (const block of content) {
      if (isMaterial(block)) {
        if (kindOf(block) === 'example') {
          // The example's long paragraphs move to the notes, right after what the author wrote before it.
          const prose = slideProse(block);
          units.push({ block: splitTopLevel(prose.html)[0] ?? block, notesBefore: [...pending, ...prose.notes] });
        } else {
          units.push({ block, notesBefore: pending });
        }
        pending = [];
      } else {
        pending.push(block.html);
      }
    }
    const drafts = packSection(units, pending, budget);
    const title = textOf(heading.inner);
    drafts.forEach((d, i) => {
      const slide: SectionSlide = {
        titleHtml: heading.inner,
        title,
        part: i + 1,
        parts: drafts.length,
        sparse: isSparse(d.body),
        body: d.body,
        notes: d.notes,
        layout: d.island ? 'island' : d.body.length ? 'stack' : 'divider',
      };
      if (heading.attrs['id']) slide.anchor = heading.attrs['id'];
      if (slide.layout === 'divider' && lede) slide.body = [`<p class="slide-lede">${escapeHtml(lede)}</p>`];
      slides.push(slide);
    });
  }
  return { intro, hoisted, slides };
}

/** At most this many points, of at most this many characters together, make a sparse slide. */
export const SPARSE_POINTS = 3;
export const SPARSE_CHARS = 180;

/** True when a slide's body is one short list of at most three points (nothing else to share the space). */
export function isSparse(body: readonly string[]): boolean {
  if (body.length !== 1) return false;
  const block = splitTopLevel(body[0]!)[0];
  if (!block || !['points', 'list'].includes(kindOf(block))) return false;
  const lists = splitTopLevel(block.inner).filter((b) => b.tag === 'ul' || b.tag === 'ol');
  if (lists.length !== 1) return false;
  const items = splitTopLevel(lists[0]!.inner).filter((b) => b.tag === 'li');
  return items.length > 0 && items.length <= SPARSE_POINTS && textOf(block.html).trim().length <= SPARSE_CHARS;
}

/** Packs short HTML items (objectives, sources) into groups that each fit one slide. */
export function packItems(items: readonly string[], budget = SLIDE_BUDGET): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  let used = 0;
  for (const item of items) {
    const lines = textLines(textOf(item), 0.94) + GAP;
    if (current.length && used + lines > budget) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += lines;
  }
  if (current.length) groups.push(current);
  return groups;
}

/** Escapes text for use in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

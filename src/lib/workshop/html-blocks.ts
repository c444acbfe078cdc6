/**
 * Splits rendered HTML (a lesson body, as Astro renders it at build time) into its top-level elements, so the
 * workshop deck can regroup them into slides. Pure string work, no DOM: it only has to understand the
 * well-formed HTML that Astro and MDX emit, but it copes with quoted `>` in attributes, comments, void
 * elements and raw-text elements (`<script>`, `<style>`), which island markup contains.
 */

/** One top-level piece of the HTML: an element with everything inside it, or loose text between elements. */
export interface HtmlBlock {
  /** Lower-case tag name; '' for loose text or a comment. */
  tag: string;
  /** The attributes of the opening tag (names lower-case, entities in values decoded). */
  attrs: Readonly<Record<string, string>>;
  /** The whole block, exactly as in the input. */
  html: string;
  /** The opening tag as in the input ('' for text). */
  open: string;
  /** What stands between the opening and the closing tag ('' for void elements and text). */
  inner: string;
  /** The closing tag as in the input ('' for void elements and text). */
  close: string;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

// A start or end tag, with attribute values that may contain '>' when quoted.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Decodes the few entities Astro writes in attribute values and text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp|#39);/gi, (_, code: string) => {
    const c = code.toLowerCase();
    if (c === 'amp') return '&';
    if (c === 'lt') return '<';
    if (c === 'gt') return '>';
    if (c === 'quot') return '"';
    if (c === 'apos' || c === '#39') return "'";
    if (c === 'nbsp') return '\u00a0';
    const n = c.startsWith('#x') ? parseInt(c.slice(2), 16) : parseInt(c.slice(1), 10);
    return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
  });
}

/** Parses the attribute part of a start tag. */
function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTR)) {
    const name = m[1]!.toLowerCase();
    attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

interface Tag {
  end: boolean;
  name: string;
  attrs: string;
  selfClosing: boolean;
  start: number;
  stop: number;
}

/** Reads the tag starting exactly at `at`, or null when `<` there does not start a tag. */
function readTag(html: string, at: number): Tag | null {
  TAG.lastIndex = at;
  const m = TAG.exec(html);
  if (!m) return null;
  return {
    end: m[1] === '/',
    name: m[2]!.toLowerCase(),
    attrs: m[3] ?? '',
    selfClosing: m[4] === '/',
    start: at,
    stop: TAG.lastIndex,
  };
}

/** Finds where the element opened by `open` ends: the index just after its closing tag (or the end of input). */
function findClose(html: string, open: Tag): { innerEnd: number; stop: number } {
  if (RAW_TEXT.has(open.name)) {
    const re = new RegExp(`</${open.name}\\s*>`, 'gi');
    re.lastIndex = open.stop;
    const m = re.exec(html);
    return m ? { innerEnd: m.index, stop: re.lastIndex } : { innerEnd: html.length, stop: html.length };
  }
  let depth = 1;
  let i = open.stop;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const endComment = html.indexOf('-->', lt + 4);
      i = endComment < 0 ? html.length : endComment + 3;
      continue;
    }
    const tag = readTag(html, lt);
    if (!tag) {
      i = lt + 1;
      continue;
    }
    if (!tag.end && RAW_TEXT.has(tag.name)) {
      i = findClose(html, tag).stop;
      continue;
    }
    if (tag.name === open.name) {
      if (tag.end) depth -= 1;
      else if (!tag.selfClosing) depth += 1;
      if (depth === 0) return { innerEnd: lt, stop: tag.stop };
    }
    i = tag.stop;
  }
  return { innerEnd: html.length, stop: html.length };
}

/**
 * The top-level blocks of an HTML fragment, in order. Whitespace-only text between elements is dropped;
 * other loose text becomes a block with tag ''. Joining the blocks' html gives back the input minus that
 * whitespace.
 * @example splitTopLevel('<h2 id="a">A</h2>\n<p>x</p>').map((b) => b.tag) // ['h2', 'p']
 */
export function splitTopLevel(html: string): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  let i = 0;
  let textStart = 0;
  const flushText = (until: number) => {
    const text = html.slice(textStart, until);
    if (text.trim()) blocks.push({ tag: '', attrs: {}, html: text, open: '', inner: '', close: '' });
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      flushText(lt);
      const endComment = html.indexOf('-->', lt + 4);
      i = endComment < 0 ? html.length : endComment + 3;
      textStart = i;
      continue;
    }
    const tag = readTag(html, lt);
    if (!tag || tag.end) {
      // A stray end tag or a lone '<' belongs to the surrounding text.
      i = tag ? tag.stop : lt + 1;
      continue;
    }
    flushText(lt);
    const open = html.slice(tag.start, tag.stop);
    if (VOID.has(tag.name) || tag.selfClosing) {
      blocks.push({ tag: tag.name, attrs: parseAttrs(tag.attrs), html: open, open, inner: '', close: '' });
      i = tag.stop;
    } else {
      const { innerEnd, stop } = findClose(html, tag);
      blocks.push({
        tag: tag.name,
        attrs: parseAttrs(tag.attrs),
        html: html.slice(tag.start, stop),
        open,
        inner: html.slice(tag.stop, innerEnd),
        close: html.slice(innerEnd, stop),
      });
      i = stop;
    }
    textStart = i;
  }
  flushText(html.length);
  return blocks;
}

/**
 * The visible text of an HTML fragment: tags, comments, scripts and styles removed, entities decoded,
 * whitespace collapsed. Used to estimate how much room a block needs on a slide.
 */
export function textOf(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<[^>]*>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The lessons' "Doe het zelf" tasks, read from the lesson source at build time: every numbered item inside
 * `<Aside type="doe-het-zelf">…</Aside>` becomes one plain-text task. Reading them from the lessons (rather
 * than copying them here) keeps the 30-day list in step when a lesson's exercise changes.
 */

/** Longest task text kept (a task is one or two sentences; this keeps the printed list on one page). */
export const MAX_TASK_CHARS = 220;

const ASIDE = /<Aside\s+type=["']doe-het-zelf["'][^>]*>([\s\S]*?)<\/Aside>/g;

/** Markdown and MDX markup out, plain text left. */
function plain(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Shortens to MAX_TASK_CHARS at a word boundary, with an ellipsis. */
function shorten(text: string): string {
  if (text.length <= MAX_TASK_CHARS) return text;
  const cut = text.slice(0, MAX_TASK_CHARS - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}

/**
 * The numbered tasks of every "Doe het zelf" box in an MDX body, in order, as plain text.
 * @example doItYourselfTasks('<Aside type="doe-het-zelf">\n1. Tel je **likes**.\n2. Kijk.\n</Aside>')
 *   // ['Tel je likes.', 'Kijk.']
 */
export function doItYourselfTasks(body: string): string[] {
  const tasks: string[] = [];
  for (const match of String(body).matchAll(ASIDE)) {
    const inner = match[1] ?? '';
    // A numbered item runs until the next numbered item or a blank line; continuation lines are indented.
    const items = inner.split(/\n(?=\s{0,3}\d+\.\s)/);
    for (const item of items) {
      const m = /^\s{0,3}\d+\.\s+([\s\S]*?)(?:\n\s*\n[\s\S]*)?$/.exec(item.trimStart().length ? item : '');
      if (!m?.[1]) continue;
      const text = plain(m[1]);
      if (text) tasks.push(shorten(text));
    }
  }
  return tasks;
}

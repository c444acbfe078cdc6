/**
 * Wrapping chart labels into lines. Canvas text never wraps by itself: a long category label either pushes the
 * bars into a narrow strip or is cut off ("Klanten dankzij…"). chart.js draws an array of strings as lines.
 */

/**
 * Splits a label into lines of at most `maxChars` characters, breaking at spaces only (a single word longer than
 * the limit gets a line of its own, never cut). Returns the label itself when it fits on one line.
 * @example wrapLabel('Klanten dankzij de like', 16) // ['Klanten dankzij', 'de like']
 */
export function wrapLabel(label: string, maxChars: number): string | string[] {
  const words = label.split(/\s+/).filter(Boolean);
  const text = words.join(' ');
  if (!(maxChars >= 1) || text.length <= maxChars) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length === 1 ? (lines[0] as string) : lines;
}

/**
 * How many characters of a label fit in `share` of a chart `widthPx` wide, at a font of `fontPx` (an average
 * character of a sans-serif font is about 0.55 em wide). Infinity when the width is unknown (no wrapping).
 * @example labelChars(330, 13, 0.35) // 16
 */
export function labelChars(widthPx: number, fontPx: number, share: number): number {
  if (!Number.isFinite(widthPx) || widthPx <= 0) return Number.POSITIVE_INFINITY;
  const font = Number.isFinite(fontPx) && fontPx >= 1 ? fontPx : 12;
  return Math.max(8, Math.floor((widthPx * share) / (font * 0.55)));
}

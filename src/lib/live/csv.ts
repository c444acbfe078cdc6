/**
 * The results of a live session as CSV (for a spreadsheet after the workshop): one row per question and
 * option. Semicolon-separated with a BOM, as Dutch-language Excel expects. Pure.
 */

/** One question's results. */
export interface QuestionResult {
  question: string;
  counts: readonly number[];
}

/** Quotes a field when it holds a separator, quote or line break; defuses spreadsheet formulas. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The CSV text.
 * @example resultsCsv([{ question: 'les:1', counts: [2, 0] }]) // '\uFEFFvraag;antwoord;stemmen\r\nles:1;A;2\r\nles:1;B;0\r\n'
 */
export function resultsCsv(results: readonly QuestionResult[]): string {
  const rows = ['vraag;antwoord;stemmen'];
  for (const { question, counts } of results) {
    counts.forEach((count, i) => rows.push(`${csvField(question)};${String.fromCharCode(65 + i)};${count}`));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

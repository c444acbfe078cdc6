// The warnings a build printed, and which of them the allow-list does not expect. `npm test`
// (scripts/test-all.mjs) fails on any such warning: a real warning must not drown in known ones.
// The allow-list is build-warnings.allowed.json: each entry a `match` (text the warning line contains) and
// the `reason` it is expected. Warnings that say nothing about this site are dropped by the build itself
// (src/integrations/harmless-warnings.ts), so the list is usually empty.
import { readFileSync } from 'node:fs';

/** A warning line as Astro, Vite and Node print it: `[WARN]`, `(node:123) SomeWarning:`, `warning: …`. */
const WARNING = /\[WARN\]|\(node:\d+\) \[?\w*Warning\b|^\s*(?:\S+\s+)?warn(?:ing)?\b:?/i;

/** Removes terminal colour codes, so that lines compare as text. */
export function stripAnsi(text) {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/**
 * The warning lines in a build's output.
 * @param {string} output
 * @returns {string[]}
 */
export function warningLines(output) {
  return stripAnsi(output)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => WARNING.test(line));
}

/**
 * The warning lines that no allow-list entry matches.
 * @param {string} output a build's output
 * @param {{ match: string, reason: string }[]} allowed
 * @returns {string[]}
 */
export function unexpectedWarnings(output, allowed) {
  return warningLines(output).filter((line) => !allowed.some((entry) => line.includes(entry.match)));
}

/**
 * Reads and checks the allow-list: every entry needs a non-empty `match` and a `reason`.
 * @param {string} [file]
 * @returns {{ match: string, reason: string }[]}
 */
export function readAllowedWarnings(file = 'build-warnings.allowed.json') {
  const { allowed } = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(allowed)) throw new Error(`${file}: "allowed" must be a list.`);
  for (const entry of allowed) {
    if (typeof entry?.match !== 'string' || !entry.match.trim())
      throw new Error(`${file}: an entry without "match" (the text of the warning it allows).`);
    if (typeof entry.reason !== 'string' || !entry.reason.trim())
      throw new Error(`${file}: "${entry.match}" has no "reason" (why this warning is expected).`);
  }
  return allowed;
}

/**
 * The W3C Nu HTML Checker (npm `vnu-jar`, on Java) over built pages, and the errors it may report that are
 * expected, each with its reason. Java comes from Debian (scripts/ensure-chromium.mjs installs it).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** One message of the checker's JSON output. */
export interface CheckerMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
}

/** An error the checker reports that is not an error in the page, and why. */
export interface ExpectedError {
  message: RegExp;
  reason: string;
}

/**
 * The checker's CSS validator lags behind browsers: it reports CSS the site uses on purpose as unknown.
 * Only these CSS messages are expected; any other error, HTML or CSS, fails the test.
 */
export const EXPECTED_ERRORS: readonly ExpectedError[] = [
  {
    message: /^CSS: “(position-anchor|position-area|position-try-fallbacks)”: Property “\1” doesn't exist\.$/,
    reason:
      'CSS anchor positioning (the glossary term pop-ups stand next to their word): in Chromium since 125 and ' +
      'Safari since 26, not yet in the checker. Browsers without it show the pop-up in the normal flow.',
  },
  {
    message: /^CSS: (“container”: Property “container” doesn't exist|Unrecognized at-rule “@container”)\.?$/,
    reason:
      'CSS container queries (a slide or calculator lays out by its own width): in every current browser since ' +
      '2023, not yet in the checker.',
  },
];

/** The messages that are errors and not listed as expected (`info` and warnings are not errors). */
export function unexpectedErrors(
  messages: readonly CheckerMessage[],
  expected: readonly ExpectedError[] = EXPECTED_ERRORS,
): CheckerMessage[] {
  return messages.filter(
    (m) => (m.type === 'error' || m.type === 'non-document-error') && !expected.some((e) => e.message.test(m.message)),
  );
}

/**
 * Checks all `files` in one run of the checker (one Java start: it takes seconds) and returns its messages.
 * Throws when Java or the checker cannot run, with what to do about it.
 */
export function checkHtml(files: readonly string[]): CheckerMessage[] {
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error || run.status !== 0)
    throw new Error(
      `The HTML checker did not run (${run.error?.message ?? `exit ${run.status}: ${run.stderr}`}). It needs Java: ` +
        "`node scripts/ensure-chromium.mjs` installs Debian's default-jre-headless.",
    );
  // --format json writes its report to standard error.
  return (JSON.parse(run.stderr) as { messages: CheckerMessage[] }).messages;
}

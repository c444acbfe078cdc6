// Every built page is valid HTML by the W3C Nu HTML Checker (issue 27): browsers repair invalid documents
// silently, each its own way. Only errors listed as expected in html-checker.ts, with their reason, may remain.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkHtml, EXPECTED_ERRORS, unexpectedErrors, type CheckerMessage } from './html-checker';
import { DIST, requireBuild } from './dist';

/** Every .html file the build wrote, Pagefind's own output aside. */
function htmlFiles(): string[] {
  requireBuild();
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.split(/[\\/]/).includes('pagefind'))
    .map((file) => join(DIST, file));
}

describe('valid HTML (W3C Nu HTML Checker over dist/)', () => {
  let files: string[] = [];
  let messages: CheckerMessage[] = [];
  beforeAll(() => {
    files = htmlFiles();
    // One Java start for all pages: the checker takes seconds to start, milliseconds a page.
    messages = checkHtml(files);
  }, 300_000);

  it('checks every page', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('finds no error that is not listed as expected', () => {
    const found = unexpectedErrors(messages).map(
      (m) => `${(m.url ?? '').replace(/^file:/, '').replace(DIST, '')}:${m.lastLine ?? '?'} ${m.message}`,
    );
    expect(found).toEqual([]);
  });

  it('lists no expected error that no longer occurs (so the list stays true)', () => {
    const unused = EXPECTED_ERRORS.filter((e) => !messages.some((m) => e.message.test(m.message)));
    expect(unused.map((e) => e.reason)).toEqual([]);
  });
});

describe('unexpectedErrors', () => {
  const error = (message: string): CheckerMessage => ({ type: 'error', message });
  it('keeps HTML errors and unknown CSS, drops the listed CSS and anything that is not an error', () => {
    const stray = error('Stray start tag “script”.');
    const grid = error("CSS: “grid-lanes”: Property “grid-lanes” doesn't exist.");
    expect(
      unexpectedErrors([
        stray,
        grid,
        error("CSS: “position-area”: Property “position-area” doesn't exist."),
        error('CSS: Unrecognized at-rule “@container”'),
        { type: 'info', message: 'Trailing slash on void elements' },
      ]),
    ).toEqual([stray, grid]);
    expect(unexpectedErrors([])).toEqual([]);
  });
  it('keeps errors about a file the checker could not read', () => {
    const unreadable = { type: 'non-document-error', subType: 'io', message: 'File not found.' };
    expect(unexpectedErrors([unreadable])).toEqual([unreadable]);
  });
});

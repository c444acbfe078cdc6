/**
 * The README is a front door and docs/ holds the rest: the README stays short and keeps the two commands, every
 * relative link in the README and in docs/ leads to a file that exists (and to a heading in it, for a `#` link),
 * and every document in docs/ is listed in its index.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const README = join(ROOT, 'README.md');
const DOCS = join(ROOT, 'docs');
const docFiles = readdirSync(DOCS).filter((f) => f.endsWith('.md'));

/** GitHub's anchor for a Markdown heading: lower case, punctuation dropped, spaces as hyphens. */
const anchorOf = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

/** The anchors of a Markdown file's headings. */
function anchors(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map(([, heading]) => anchorOf(heading!)));
}

/** Every Markdown link `[text](target)` outside code blocks whose target is relative (not a URL, not site-absolute). */
function relativeLinks(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map(([, target]) => target!)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('/'));
}

describe('the README', () => {
  const text = readFileSync(README, 'utf8');

  it('is short enough to read in five minutes (about 100 lines)', () => {
    expect(text.trimEnd().split('\n').length).toBeLessThanOrEqual(110);
  });

  it('gives the two commands exactly', () => {
    expect(text).toContain('npm ci && npm start');
    expect(text).toContain('npm ci && npm test');
  });

  it('links to the docs index and to every document in docs/', () => {
    const linked = new Set(relativeLinks(README).map((t) => t.split('#')[0]));
    for (const file of ['README.md', 'authoring.md', 'live-room.md', 'testing.md']) {
      expect(linked.has(`docs/${file}`), `docs/${file}`).toBe(true);
    }
  });

  it('carries no dated measurement log', () => {
    expect(text).not.toMatch(
      /load average|\brun [123]\b|\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d/,
    );
  });
});

describe('the docs', () => {
  it('list every document in docs/README.md', () => {
    const listed = new Set(relativeLinks(join(DOCS, 'README.md')).map((t) => t.split('#')[0]));
    for (const file of docFiles.filter((f) => f !== 'README.md')) expect(listed.has(file), file).toBe(true);
  });

  it('link only to files and headings that exist', () => {
    const broken: string[] = [];
    for (const file of [README, ...docFiles.map((f) => join(DOCS, f))]) {
      for (const target of relativeLinks(file)) {
        const [path, hash] = target.split('#') as [string, string | undefined];
        const resolved = path ? join(dirname(file), decodeURIComponent(path)) : file;
        if (!existsSync(resolved)) {
          broken.push(`${relative(ROOT, file)}: ${target}`);
        } else if (hash && resolved.endsWith('.md') && !anchors(resolved).has(hash)) {
          broken.push(`${relative(ROOT, file)}: ${target} (no such heading)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('hold no dated measurement log either', () => {
    for (const file of docFiles) {
      expect(readFileSync(join(DOCS, file), 'utf8'), file).not.toMatch(
        /load average \d|on \d{1,2} (November|December) 20\d\d/,
      );
    }
  });
});

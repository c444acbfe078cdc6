// `npm test` fails on a build warning the allow-list does not expect (scripts/build-warnings.mjs).
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllowedWarnings, stripAnsi, unexpectedWarnings, warningLines } from '../../scripts/build-warnings.mjs';

const astroWarning =
  '21:26:33 [WARN] [vite] \u001b[33m[MODULE_LEVEL_DIRECTIVE] \u001b[0mThe semantics of the module level directive';
const quietBuild = [
  '21:26:30 [build] output: "static"',
  '21:26:44   ├─ /lessen/zelftest/index.html (+11ms) ',
  '21:26:45 [voorbij-de-like:pagefind] Pagefind indexed 13 pages.',
  '21:26:45 [build] Complete!',
].join('\n');

function writeList(content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'warnings-')), 'allowed.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
}

describe('warningLines', () => {
  it('finds nothing in a quiet build, or in no output at all', () => {
    expect(warningLines(quietBuild)).toEqual([]);
    expect(warningLines('')).toEqual([]);
  });
  it("finds Astro's and Vite's [WARN] lines, without colour codes", () => {
    expect(warningLines(`${quietBuild}\n${astroWarning}\n`)).toEqual([stripAnsi(astroWarning).trim()]);
  });
  it("finds Node's and npm's warnings", () => {
    const node = '(node:7226) Warning: To load an ES module, set "type": "module"';
    const experimental = '(node:12) ExperimentalWarning: VM Modules is an experimental feature';
    const npm = 'npm warn deprecated glob@7.2.3';
    expect(warningLines([node, experimental, npm].join('\r\n'))).toEqual([node, experimental, npm]);
  });
  it('never reports a line that has no warning word in it', () => {
    fc.assert(
      fc.property(fc.array(fc.string().filter((s) => !/warn/i.test(s))), (lines) => {
        expect(warningLines(lines.join('\n'))).toEqual([]);
      }),
    );
  });
});

describe('unexpectedWarnings', () => {
  const allowed = [{ match: '[MODULE_LEVEL_DIRECTIVE]', reason: 'known' }];
  it('leaves out the warnings the allow-list matches', () => {
    expect(unexpectedWarnings(astroWarning, allowed)).toEqual([]);
    expect(unexpectedWarnings(astroWarning, [])).toHaveLength(1);
  });
  it('keeps every warning no entry matches', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z ]{0,30}$/), { maxLength: 20 }), (texts) => {
        const output = texts.map((t) => `[WARN] ${t}`).join('\n');
        expect(unexpectedWarnings(output, allowed)).toHaveLength(texts.length);
      }),
    );
  });
});

describe('readAllowedWarnings', () => {
  it('reads the project allow-list, whose entries each have a reason', () => {
    for (const entry of readAllowedWarnings()) expect(entry.reason.trim()).not.toBe('');
  });
  it('refuses an entry without a reason or without a match', () => {
    expect(() => readAllowedWarnings(writeList({ allowed: [{ match: 'x' }] }))).toThrow(/reason/);
    expect(() => readAllowedWarnings(writeList({ allowed: [{ match: ' ', reason: 'r' }] }))).toThrow(/match/);
    expect(() => readAllowedWarnings(writeList({ allowed: 'none' }))).toThrow(/list/);
  });
});

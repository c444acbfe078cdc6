// The README's two commands run npm scripts; a script that calls a file which is not there breaks
// the first thing a newcomer types. Check every `node <file>` in package.json points at a real file.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

describe('package.json scripts', () => {
  for (const [name, command] of Object.entries(pkg.scripts)) {
    const files = [...command.matchAll(/\bnode\s+(\S+\.m?js)\b/g)].map((m) => m[1]!);
    it(`"${name}" only runs files that exist`, () => {
      for (const file of files) expect(existsSync(file), `${name}: ${file}`).toBe(true);
    });
  }
  it('has the two commands the README names', () => {
    expect(pkg.scripts.start).toBeTruthy();
    expect(pkg.scripts.test).toBeTruthy();
  });
});

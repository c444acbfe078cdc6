// The README's two commands run npm scripts; a script that calls a file which is not there breaks
// the first thing a newcomer types. Check every `node <file>` in package.json points at a real file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

describe('package.json scripts', () => {
  for (const [name, command] of Object.entries(pkg.scripts)) {
    const files = [...command.matchAll(/\bnode\s+(\S+\.m?js)\b/g)].map((m) => m[1]!);
    it(`"${name}" only runs files that exist`, () => {
      for (const file of files) expect(existsSync(file), `${name}: ${file}`).toBe(true);
    });
  }
  // Every entry point stops on the wrong Node (scripts/check-node.mjs) before it imports anything else.
  // ensure-chromium.mjs is the exception: it runs before the project's Node is there to check.
  const entryPoints = new Set(
    readdirSync('scripts')
      .map((f) => `scripts/${f}`)
      .filter((f) => f.endsWith('.mjs') && readFileSync(f, 'utf8').startsWith('#!')),
  );
  for (const command of Object.values(pkg.scripts))
    for (const m of command.matchAll(/\bnode\s+(scripts\/\S+\.mjs)\b/g)) entryPoints.add(m[1]!);
  entryPoints.delete('scripts/check-node.mjs');
  entryPoints.delete('scripts/ensure-chromium.mjs');
  for (const file of entryPoints) {
    it(`${file} checks the Node version first`, () => {
      const firstImport = readFileSync(file, 'utf8').match(/^import .*$/m)?.[0];
      expect(firstImport).toBe("import './check-node.mjs';");
    });
  }
  it('has the two commands the README names', () => {
    expect(pkg.scripts.start).toBeTruthy();
    expect(pkg.scripts.test).toBeTruthy();
  });
});

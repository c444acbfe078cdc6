#!/usr/bin/env node
// Build time of the course as it is, and of a generated course of N lessons (default 300), to see how build
// time grows with the content. The generated course is a copy of the project in a temporary folder whose
// lessons are the real ones repeated under new slugs; the project itself is not touched.
// usage: node scripts/bench-build.mjs [--lessons 300] [--json FILE]
import './check-node.mjs';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--lessons') + 1]) || 300;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** Runs `astro build` in a folder and returns the seconds it took. */
function timedBuild(cwd, outDir) {
  const start = process.hrtime.bigint();
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd,
    env,
    stdio: 'pipe',
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const root = process.cwd();
const lessonsDir = join(root, 'src/content/lessons');
const lessons = readdirSync(lessonsDir).filter((f) => f.endsWith('.mdx'));

const work = mkdtempSync(join(tmpdir(), 'vdl-bench-'));
try {
  const course = timedBuild(root, join(work, 'dist-course'));

  const copy = join(work, 'project');
  for (const item of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, item), join(copy, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const generatedDir = join(copy, 'src/content/lessons');
  for (const f of lessons) rmSync(join(generatedDir, f));
  for (let i = 0; i < count; i++) {
    const source = readFileSync(join(lessonsDir, lessons[i % lessons.length]), 'utf8');
    const text = source
      .replace(/^order: \d+$/m, `order: ${i + 1}`)
      .replace(
        /^title: (.*)$/m,
        (_, t) => `title: ${t.replace(/['"]$/, '')} (${i + 1})${/['"]$/.test(t) ? t.at(-1) : ''}`,
      );
    writeFileSync(join(generatedDir, `les-${String(i + 1).padStart(3, '0')}.mdx`), text);
  }
  const generated = timedBuild(copy, join(work, 'dist-generated'));

  const report = {
    courseLessons: lessons.length,
    courseSeconds: Number(course.toFixed(1)),
    generatedLessons: count,
    generatedSeconds: Number(generated.toFixed(1)),
    secondsPerExtraLesson: Number(((generated - course) / Math.max(1, count - lessons.length)).toFixed(3)),
  };
  console.log(
    `Build time: the course (${report.courseLessons} lessons) ${report.courseSeconds} s; ` +
      `a generated course of ${count} lessons ${report.generatedSeconds} s ` +
      `(about ${report.secondsPerExtraLesson} s per extra lesson).`,
  );
  if (args.includes('--json')) writeFileSync(args[args.indexOf('--json') + 1], JSON.stringify(report, null, 2));
} finally {
  rmSync(work, { recursive: true, force: true });
}

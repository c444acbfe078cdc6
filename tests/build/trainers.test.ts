/**
 * The trainers' guide in the build: a reading page at /voor-trainers/ that ships no script of ours, is found by
 * search and by the browser tests' page list, shows small screenshots that exist, and is linked from the
 * workshop planner and from the help of every deck window (projector and presenter).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sitePaths } from '../e2e/pages';
import { BASE, builtPages, DIST, indexedUrls, lessonSlugs, requireBuild } from './dist';
import { headScript } from '../../src/components/layout/inline-scripts';

beforeAll(requireBuild);

const GUIDE = `${BASE}voor-trainers/`;
/** A screenshot may weigh this much at most: the page is read on phones too. */
const MAX_SCREENSHOT_BYTES = 80 * 1024;

const page = (path: string) => builtPages().find((p) => p.path === path)?.html ?? '';

describe('the trainers’ guide', () => {
  const html = page('/voor-trainers/');

  it('is built, and in the page list the browser tests sweep (every-page, axe in both themes)', () => {
    expect(html).toMatch(/<h1[^>]*>Voor trainers: zo geef je een workshop<\/h1>/);
    expect(sitePaths()).toContain('voor-trainers/');
  });

  it('is found by search', () => {
    expect(indexedUrls().some((u) => u.endsWith('/voor-trainers/'))).toBe(true);
  });

  it('ships no script of ours beyond the inline theme and offline one every page has', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.filter(([, attrs]) => /\bsrc=|type="module"/.test(attrs!))).toEqual([]);
    expect(scripts.filter(([, , code]) => code !== headScript)).toEqual([]);
    expect(html).not.toContain('<astro-island');
  });

  it('shows screenshots that exist, are small, and say what they show', () => {
    const images = [...html.matchAll(/<img\b[^>]*>/g)].map(([tag]) => tag);
    expect(images.length).toBeGreaterThanOrEqual(6);
    for (const tag of images) {
      const src = tag.match(/\ssrc="([^"]+)"/)?.[1] ?? '';
      expect(src, tag).toMatch(new RegExp(`^${BASE}voor-trainers/[a-z-]+\\.webp$`));
      const file = join(DIST, src.slice(BASE.length));
      expect(existsSync(file), src).toBe(true);
      expect(statSync(file).size, src).toBeLessThanOrEqual(MAX_SCREENSHOT_BYTES);
      expect(tag, src).toMatch(/\salt="[^"]{20,}"/);
      expect(tag, src).toMatch(/\swidth="\d+"/);
      expect(tag, src).toMatch(/\sheight="\d+"/);
    }
  });

  it('is linked from the workshop planner and the footer', () => {
    expect(page('/workshop/')).toContain(`href="${GUIDE}"`);
    expect(page('/').match(/<footer[\s\S]*<\/footer>/)?.[0]).toContain(`href="${GUIDE}"`);
  });

  it('is linked from the help of every deck, in both windows', () => {
    for (const slug of lessonSlugs()) {
      for (const path of [`/workshop/${slug}/`, `/workshop/${slug}/presentator/`]) {
        const help = page(path).match(/<dialog[^>]*data-help[\s\S]*?<\/dialog>/)?.[0];
        expect(help, path).toContain(`href="${GUIDE}"`);
      }
    }
  });
});

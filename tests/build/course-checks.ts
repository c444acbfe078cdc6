/**
 * Reads the knowledge checks and the myth quiz back out of the built pages (the props Astro serializes on
 * each island), so the build tests judge exactly what readers get.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './dist';

/** Decodes Astro's serialized island props: `[0, value]` for plain values and objects, `[1, [...]]` for arrays. */
export function decodeProps(value: unknown): unknown {
  if (!Array.isArray(value)) {
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeProps(v)]));
    }
    return value;
  }
  const [type, inner] = value as [number, unknown];
  if (type === 1 && Array.isArray(inner)) return inner.map(decodeProps);
  if (type === 0) return decodeProps(inner);
  return inner;
}

/** The props of the first island of `component` on a built page, decoded; `null` when there is none. */
export function islandProps(html: string, component: string): Record<string, unknown> | null {
  for (const island of html.matchAll(/<astro-island[^>]*>/g)) {
    if (!new RegExp(`component-url="[^"]*${component}[^"]*"`).test(island[0])) continue;
    const raw = /props="([^"]*)"/.exec(island[0])?.[1];
    if (!raw) continue;
    const json = raw
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    return decodeProps(JSON.parse(json)) as Record<string, unknown>;
  }
  return null;
}

/** A knowledge-check question as built. */
export interface BuiltQuestion {
  objective: number;
  question: string;
  options: { text: string; correct?: boolean }[];
}

/** The built page of a lesson. */
export const lessonHtml = (slug: string) => readFileSync(join(DIST, 'lessen', slug, 'index.html'), 'utf8');

/** The knowledge-check questions of a built lesson page (empty when it has none). */
export function builtQuestions(slug: string): BuiltQuestion[] {
  const props = islandProps(lessonHtml(slug), 'KnowledgeCheck');
  return (props?.['questions'] as BuiltQuestion[] | undefined) ?? [];
}

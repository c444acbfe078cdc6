import { getContainerRenderer } from '@astrojs/preact/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { describe, expect, it } from 'vitest';
import Calculator from '../../../src/components/mdx/Calculator.astro';

/** Renders <Calculator …/> as a lesson would, on the server. */
async function render(props: Record<string, string>): Promise<string> {
  const renderers = await loadRenderers([getContainerRenderer()]);
  const container = await AstroContainer.create({ renderers });
  return container.renderToString(Calculator, { props });
}

describe('<Calculator> in a lesson', () => {
  it('renders the funnel island with the preset’s inputs and results, hydrating when visible', async () => {
    const html = await render({ name: 'like-naar-euro', preset: 'kledingmerk' });
    expect(html).toMatch(/<astro-island[^>]*client="visible"/);
    expect(html).toContain('value="1.000"');
    expect(html).toMatch(/data-testid="revenue"[^>]*>€\s400,00</);
    expect(html).toContain('data-pagefind-ignore');
    expect(html).toMatch(/href="[^"]*\/rekenhulpen\/like-naar-euro\/"/);
  });
  it('renders the engagement and effort islands too', async () => {
    expect(await render({ name: 'engagement' })).toMatch(/<astro-island[^>]*client="visible"[\s\S]*id="e-volgers"/);
    expect(await render({ name: 'inspanning', preset: 'webshop' })).toContain('id="i-marge"');
  });
  it('uses the id prop for element ids and URL parameters when a page embeds one twice', async () => {
    expect(await render({ name: 'like-naar-euro', id: 'tweede' })).toContain('id="tweede-likes"');
  });
  it('fails the build for an unknown calculator name', async () => {
    await expect(render({ name: 'rekenmachine' })).rejects.toThrow(/unknown calculator/);
  });
});

import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../../src/lib/workshop/qr';

describe('qrSvg', () => {
  it('makes a labelled inline SVG', async () => {
    const svg = await qrSvg('https://voorbijdelike.nl/lessen/vergiftigd-geschenk/', 'QR-code "les" <1>');
    expect(svg.startsWith('<svg role="img" aria-label="QR-code &quot;les&quot; &lt;1&gt;" class="qr"')).toBe(true);
    expect(svg).toContain('viewBox');
    expect(svg).toContain('<path');
    expect(svg.endsWith('</svg>')).toBe(true);
  });
  it('encodes different URLs differently', async () => {
    expect(await qrSvg('https://a.example/1', 'x')).not.toBe(await qrSvg('https://a.example/2', 'x'));
  });
});

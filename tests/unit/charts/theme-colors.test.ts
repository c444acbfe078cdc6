import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultChartColors, withAlpha } from '../../../src/lib/charts/colors';
import {
  chartColorsFrom,
  chartColorTokens,
  chartFontSize,
  MIN_CHART_FONT_PX,
  resolveLightDark,
} from '../../../src/lib/charts/theme-colors';

describe('chartColorsFrom', () => {
  it('follows the theme’s tokens', () => {
    const dark: Record<string, string> = {
      '--color-text': ' #e8ebee',
      '--color-muted': '#aab4bf',
      '--color-border': '#3a4552',
      '--color-accent': '#5cc6be',
      '--color-highlight': '#ffb86b',
      '--color-surface': '#1a2027',
      '--color-link': '#8cc8f2',
      '--color-warn': '#ffc46b',
    };
    expect(chartColorsFrom((name) => dark[name] ?? '')).toEqual({
      text: '#e8ebee',
      muted: '#aab4bf',
      grid: '#3a4552',
      accent: '#5cc6be',
      highlight: '#ffb86b',
      surface: '#1a2027',
      link: '#8cc8f2',
      warn: '#ffc46b',
    });
  });

  it('falls back to the light defaults for unset tokens', () => {
    expect(chartColorsFrom(() => '')).toEqual(defaultChartColors);
    expect(chartColorsFrom((n) => (n === chartColorTokens.accent ? 'red' : '  '))).toEqual({
      ...defaultChartColors,
      accent: 'red',
    });
  });
});

describe('resolveLightDark', () => {
  it('picks the half of a light-dark() token that the theme uses', () => {
    expect(resolveLightDark('light-dark(#0f5d5a, #5cc6be)', false)).toBe('#0f5d5a');
    expect(resolveLightDark(' light-dark( #0f5d5a ,#5cc6be ) ', true)).toBe('#5cc6be');
  });
  it('leaves plain colours (the built CSS) and empty values alone', () => {
    expect(resolveLightDark(' #5cc6be', true)).toBe('#5cc6be');
    expect(resolveLightDark('', false)).toBe('');
  });
  it('lets chartColorsFrom read native light-dark() tokens in either theme', () => {
    const read = (name: string) => (name === '--color-accent' ? 'light-dark(#0f5d5a, #5cc6be)' : '');
    expect(chartColorsFrom(read, true).accent).toBe('#5cc6be');
    expect(chartColorsFrom(read, false).accent).toBe('#0f5d5a');
  });
});

describe('withAlpha', () => {
  it('makes a hex colour see-through and leaves other colours alone', () => {
    expect(withAlpha('#0f5d5a', 0.2)).toBe('rgba(15, 93, 90, 0.2)');
    expect(withAlpha(' #5CC6BE ', 0.5)).toBe('rgba(92, 198, 190, 0.5)');
    expect(withAlpha('red', 0.5)).toBe('red');
    expect(withAlpha('', 0.5)).toBe('');
  });
});

describe('chartFontSize', () => {
  it('never goes below the minimum, also for nonsense', () => {
    for (const bad of [0, -4, Number.NaN, Number.NEGATIVE_INFINITY, 10])
      expect(chartFontSize(bad)).toBe(MIN_CHART_FONT_PX);
    expect(chartFontSize(13)).toBe(13);
    expect(chartFontSize(Number.POSITIVE_INFINITY)).toBe(MIN_CHART_FONT_PX);
    fc.assert(
      fc.property(fc.double(), (px) => {
        expect(chartFontSize(px)).toBeGreaterThanOrEqual(MIN_CHART_FONT_PX);
      }),
    );
  });
});

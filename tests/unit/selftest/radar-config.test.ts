import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS, DIMENSIONS } from '../../../src/lib/selftest/dimensions';
import { radarConfig, radarLabel } from '../../../src/lib/selftest/radar-config';
import type { DimensionScores } from '../../../src/lib/selftest/scoring';

const current: DimensionScores = { doelen: 80, meten: 40, gesprek: 60, inhoud: 20, middelen: 100, kanalen: 0 };
const previous: DimensionScores = { doelen: 50, meten: 50, gesprek: 50, inhoud: 50, middelen: 50, kanalen: 50 };

describe('radarConfig', () => {
  it('has one axis per dimension with the scores in dimension order, on a fixed 0–100 scale', () => {
    const config = radarConfig({ current, reducedMotion: false });
    expect(config.type).toBe('radar');
    expect(config.data.labels).toEqual(DIMENSION_IDS.map((id) => DIMENSIONS[id].label));
    expect(config.data.datasets).toHaveLength(1);
    expect(config.data.datasets[0]!.data).toEqual([80, 40, 60, 20, 100, 0]);
    expect(config.options?.scales?.['r']).toMatchObject({ min: 0, max: 100 });
  });

  it('adds the previous attempt as a second, dashed line', () => {
    const config = radarConfig({ current, previous, reducedMotion: false });
    expect(config.data.datasets).toHaveLength(2);
    expect(config.data.datasets[1]!.data).toEqual([50, 50, 50, 50, 50, 50]);
    expect(config.data.datasets[1]!.borderDash).toBeTruthy();
  });

  it('switches animation off under reduced motion and on otherwise', () => {
    expect(radarConfig({ current, reducedMotion: true }).options?.animation).toBe(false);
    expect(radarConfig({ current, reducedMotion: false }).options?.animation).not.toBe(false);
  });

  it('draws an all-zero result without NaN', () => {
    const zero = Object.fromEntries(DIMENSION_IDS.map((id) => [id, 0])) as DimensionScores;
    const data = radarConfig({ current: zero, reducedMotion: true }).data.datasets[0]!.data;
    expect(data.every((n) => n === 0)).toBe(true);
  });
});

describe('radarLabel', () => {
  it('names every dimension with its score', () => {
    const label = radarLabel(current);
    for (const id of DIMENSION_IDS) expect(label).toContain(`${DIMENSIONS[id].label} ${current[id]}`);
  });
});

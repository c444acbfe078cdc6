// @vitest-environment happy-dom
/**
 * useChart, the one way islands mount chart.js: loaded once when near, built from the environment, updated in
 * place on new data, rebuilt without animation on a theme switch, destroyed on unmount; when chart.js cannot
 * load, nothing breaks and the chart is never marked ready.
 */
import { cleanup, render, waitFor } from '@testing-library/preact';
import type { Chart, ChartConfiguration } from 'chart.js';
import { useRef } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useChart, type ChartEnv } from '../../../src/components/islands/charts/useChart';

/** A stand-in for chart.js's Chart class that records what the hook does with it. */
function fakeChartClass() {
  const log: string[] = [];
  const instances: FakeChart[] = [];
  class FakeChart {
    static defaults = { font: { size: 0, family: '' } };
    data: unknown;
    options: unknown;
    constructor(
      readonly canvas: HTMLCanvasElement,
      config: ChartConfiguration,
    ) {
      this.data = config.data;
      this.options = config.options;
      instances.push(this);
      log.push('new');
    }
    update(mode?: string) {
      log.push(mode ? `update:${mode}` : 'update');
    }
    destroy() {
      log.push('destroy');
    }
  }
  return { ChartClass: FakeChart as unknown as typeof Chart, FakeChart, log, instances };
}

function Probe(props: { value: number; load: () => Promise<typeof Chart>; envs: ChartEnv[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const ready = useChart<'bar', number[], string>(
    canvas,
    props.load,
    (env) => {
      props.envs.push(env);
      return { type: 'bar', data: { labels: ['a'], datasets: [{ data: [props.value] }] }, options: {} };
    },
    [props.value],
  );
  return (
    <div data-ready={ready ? 'yes' : 'no'}>
      <canvas ref={canvas} />
    </div>
  );
}

beforeEach(() => {
  // No IntersectionObserver: the hook then loads at once (as in a browser without it).
  vi.stubGlobal('IntersectionObserver', undefined);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  document.documentElement.removeAttribute('data-theme');
});

describe('useChart', () => {
  it('loads chart.js once, draws, updates in place on new data and destroys on unmount', async () => {
    const { ChartClass, log, instances } = fakeChartClass();
    const load = vi.fn(() => Promise.resolve(ChartClass));
    const envs: ChartEnv[] = [];
    const view = render(<Probe value={1} load={load} envs={envs} />);
    await waitFor(() => expect(view.container.querySelector('[data-ready="yes"]')).not.toBeNull());
    expect(load).toHaveBeenCalledTimes(1);
    expect(log).toEqual(['new']);
    expect(instances[0]?.canvas).toBe(view.container.querySelector('canvas'));
    // The environment: theme colours (light defaults here), text never below 12 px.
    expect(envs.at(-1)?.colors.accent).toMatch(/^#|rgb/);
    expect(envs.at(-1)?.fontSize).toBeGreaterThanOrEqual(12);
    expect(ChartClass.defaults.font.size).toBe(envs.at(-1)?.fontSize);

    view.rerender(<Probe value={2} load={load} envs={envs} />);
    expect(log).toEqual(['new', 'update']);
    expect(JSON.stringify(instances[0]?.data)).toContain('[2]');
    expect(load).toHaveBeenCalledTimes(1);

    view.unmount();
    expect(log.at(-1)).toBe('destroy');
  });

  it('rebuilds without animation when the site’s theme switch changes data-theme', async () => {
    const { ChartClass, log } = fakeChartClass();
    const envs: ChartEnv[] = [];
    const view = render(<Probe value={1} load={() => Promise.resolve(ChartClass)} envs={envs} />);
    await waitFor(() => expect(view.container.querySelector('[data-ready="yes"]')).not.toBeNull());
    const before = envs.length;
    document.documentElement.setAttribute('data-theme', 'dark');
    await waitFor(() => expect(log).toContain('update:none'));
    expect(envs.length).toBe(before + 1);
    expect(envs.at(-1)?.reducedMotion).toBe(true);
  });

  it('stays unready and quiet when chart.js cannot load (offline)', async () => {
    const load = vi.fn(() => Promise.reject(new Error('offline')));
    const envs: ChartEnv[] = [];
    const view = render(<Probe value={1} load={load} envs={envs} />);
    await waitFor(() => expect(load).toHaveBeenCalled());
    await Promise.resolve();
    expect(view.container.querySelector('[data-ready="no"]')).not.toBeNull();
    view.rerender(<Probe value={3} load={load} envs={envs} />);
    expect(envs).toEqual([]);
  });

  it('does not draw when unmounted before chart.js arrives', async () => {
    const { ChartClass, log } = fakeChartClass();
    let resolve: (c: typeof Chart) => void = () => undefined;
    const load = () => new Promise<typeof Chart>((r) => (resolve = r));
    const view = render(<Probe value={1} load={load} envs={[]} />);
    view.unmount();
    resolve(ChartClass);
    await Promise.resolve();
    await Promise.resolve();
    expect(log).toEqual([]);
  });
});

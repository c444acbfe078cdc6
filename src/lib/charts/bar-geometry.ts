/**
 * Geometry of the calculators' bar charts, which the islands draw as HTML and SVG (no chart library, so a lesson
 * with a calculator loads no chart code): where a bar ends on a logarithmic track, in percent of the track, and
 * which powers of ten get a grid line and a label. Pure and total: 0, negative, NaN and infinite values give an
 * empty bar (0 %), never NaN, so a chart is never drawn from nonsense.
 */
import { formatCompact } from '../format';

/** The span of a value axis. */
export interface AxisRange {
  min: number;
  max: number;
}

/** One bar of a chart as the island draws it. */
export interface ChartBar {
  label: string;
  /** The value as text, in Dutch notation (it stands beside the bar). */
  value: string;
  /** Where the bar ends, in percent of the track (0–100). */
  length: number;
  /** Drawn in the highlight colour (the reader's own account, the customers the like brought). */
  highlight: boolean;
}

/** A grid line across the tracks, with a label under them or none (''). */
export interface AxisTick {
  /** Position in percent of the track (0–100). */
  at: number;
  label: string;
  /** How the label aligns to its line: at the ends it stays inside the track. */
  anchor: 'start' | 'middle' | 'end';
}

/** What the island draws: the bars, and the axis's grid lines when the scale needs them to be read. */
export interface BarChartModel {
  bars: ChartBar[];
  ticks: AxisTick[];
}

/** A usable axis: finite, positive and rising; anything else becomes 1 to 10. */
function usableRange({ min, max }: AxisRange): AxisRange {
  return Number.isFinite(min) && Number.isFinite(max) && min > 0 && max > min ? { min, max } : { min: 1, max: 10 };
}

/**
 * Where `value` ends on a logarithmic track from `range.min` (0 %) to `range.max` (100 %). Values at or below the
 * minimum, and unusable ones, get 0; values above the maximum are clipped to 100.
 * @example logPercent(100, { min: 1, max: 10_000 }) // 50
 */
export function logPercent(value: number, range: AxisRange): number {
  const { min, max } = usableRange(range);
  if (!Number.isFinite(value) || value <= min) return 0;
  // Differences of logarithms, not the logarithm of a quotient: value / min overflows for a tiny minimum.
  const at = ((Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))) * 100;
  return Number.isFinite(at) ? Math.min(100, Math.max(0, at)) : 0;
}

/** Labels beyond this many would collide on a phone-wide track (up to "100.000" each). */
const MAX_TICK_LABELS = 4;

/**
 * A grid line at every power of ten from 1 up inside the range; at most four of them labelled, evenly spaced and
 * always including the largest, in the short Dutch form ("1.000", "1 mln").
 * @example decadeTicks({ min: 1, max: 1400 }).map((t) => t.label) // ['1', '10', '100', '1.000']
 */
export function decadeTicks(range: AxisRange): AxisTick[] {
  const { min, max } = usableRange(range);
  const first = Math.max(0, Math.ceil(Math.log10(min) - 1e-9));
  const last = Math.floor(Math.log10(max) + 1e-9);
  if (last < first) return [];
  const count = last - first + 1;
  const step = Math.ceil((count - 1) / (MAX_TICK_LABELS - 1)) || 1;
  const ticks: AxisTick[] = [];
  for (let decade = first; decade <= last; decade++) {
    const value = 10 ** decade;
    const at = logPercent(value, { min, max });
    const labelled = (last - decade) % step === 0;
    ticks.push({
      at,
      label: labelled ? formatCompact(value, 1) : '',
      anchor: at < 8 ? 'start' : at > 92 ? 'end' : 'middle',
    });
  }
  return ticks;
}

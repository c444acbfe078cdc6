/**
 * A calculator's bar chart, drawn as HTML and SVG from a pure model (src/lib/charts/bar-geometry.ts and the
 * chart's own module): no chart library, so it renders on the server, shows without JavaScript, prints, and
 * follows the theme and forced colours through CSS (calculator.css). Screen readers get `label`; the caller puts
 * the numbers in a table beside it. Lengths are SVG attributes in percent, never a style attribute: the site's
 * Content Security Policy forbids inline styles.
 */
import type { BarChartModel } from '../../../lib/charts/bar-geometry';

interface Props {
  model: BarChartModel;
  /** Text summary of what the chart shows. */
  label: string;
  /** A short note on how to read the scale (e.g. that it is logarithmic), under the chart. */
  scaleNote?: string;
}

const pct = (n: number) => `${n.toFixed(2)}%`;

/** The chart: one row per bar (name, track, value), then the axis labels when there are any. */
export function BarChart({ model, label, scaleNote }: Props) {
  const labelled = model.ticks.filter((t) => t.label);
  return (
    <div class="calc-bars" data-testid="chart">
      <div class="calc-bars__plot" role="img" aria-label={label}>
        {model.bars.map((bar) => (
          <div key={bar.label} class={bar.highlight ? 'calc-bars__row calc-bars__row--you' : 'calc-bars__row'}>
            <span class="calc-bars__label">{bar.label}</span>
            <svg class="calc-bars__track" aria-hidden="true" focusable="false">
              <rect class="calc-bars__bg" width="100%" height="100%" />
              {model.ticks.map((t) => (
                <line key={t.at} class="calc-bars__grid" x1={pct(t.at)} x2={pct(t.at)} y1="0" y2="100%" />
              ))}
              <rect class="calc-bars__bar" width={pct(bar.length)} height="100%" />
            </svg>
            <span class="calc-bars__value">{bar.value}</span>
          </div>
        ))}
        {labelled.length > 0 && (
          <div class="calc-bars__row calc-bars__row--axis">
            <svg class="calc-bars__axis" aria-hidden="true" focusable="false">
              {labelled.map((t, i) => (
                <text
                  key={t.at}
                  // The labels between the first and the last may give way where the track is short (projector).
                  class={i > 0 && i < labelled.length - 1 ? 'calc-bars__tick--inner' : undefined}
                  x={pct(t.at)}
                  y="1em"
                  text-anchor={t.anchor}
                >
                  {t.label}
                </text>
              ))}
            </svg>
          </div>
        )}
      </div>
      {scaleNote && (
        <p class="calc-bars__note calc__note" aria-hidden="true">
          {scaleNote}
        </p>
      )}
    </div>
  );
}

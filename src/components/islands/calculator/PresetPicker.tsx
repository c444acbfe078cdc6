/**
 * The preset buttons ("begin met een voorbeeld") and the chosen preset's description and basis. After an
 * edit the numbers are the reader's own: no button stays pressed, the picker says "eigen cijfers" and the
 * preset's source line disappears (it no longer describes these numbers).
 */
import type { Preset } from '../../../lib/calculators/calculator';

interface Props {
  presets: readonly Preset[];
  current: string;
  /** True when the values still are the current preset's, unedited. */
  unchanged: boolean;
  onChoose: (id: string) => void;
  /** Accessible name of the button group, e.g. "Voorbeeld voor scenario A". */
  label: string;
}

/** A row of toggle buttons, one per preset; the chosen, unedited one is `aria-pressed`. */
export function PresetPicker({ presets, current, unchanged, onChoose, label }: Props) {
  const chosen = unchanged ? presets.find((p) => p.id === current) : undefined;
  const startedFrom = presets.find((p) => p.id === current);
  return (
    <div class="calc-presets">
      <div class="calc-presets__buttons no-print" role="group" aria-label={label}>
        <span class="calc-presets__lead" aria-hidden="true">
          Voorbeeld:
        </span>
        {presets.map((p) => (
          <button
            key={p.id}
            type="button"
            class="calc-presets__button"
            aria-pressed={chosen && p.id === chosen.id ? 'true' : 'false'}
            onClick={() => onChoose(p.id)}
          >
            {p.label}
          </button>
        ))}
        {!chosen && (
          <span class="calc-presets__own" data-testid="own-numbers">
            eigen cijfers
          </span>
        )}
      </div>
      <div class="calc-presets__about">
        {chosen ? (
          <>
            <p class="calc-presets__description">
              <strong>{chosen.label}.</strong> {chosen.description}
            </p>
            <p class="calc-presets__basis" data-testid="preset-basis">
              Bron van de cijfers: {chosen.basis}
            </p>
          </>
        ) : (
          <p class="calc-presets__description">
            <strong>Eigen cijfers.</strong>{' '}
            {startedFrom
              ? `Je bent begonnen bij het voorbeeld ‘${startedFrom.label}’ en hebt cijfers aangepast: de uitkomst gaat over jouw cijfers.`
              : 'De uitkomst gaat over jouw cijfers.'}
          </p>
        )}
      </div>
    </div>
  );
}

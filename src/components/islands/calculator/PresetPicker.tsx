/** The preset buttons ("begin met een voorbeeld") and the chosen preset's description and basis. */
import type { Preset } from '../../../lib/calculator';

interface Props {
  presets: readonly Preset[];
  current: string;
  onChoose: (id: string) => void;
  /** Accessible name of the button group, e.g. "Voorbeeld voor scenario A". */
  label: string;
}

/** A row of toggle buttons, one per preset; the chosen one is `aria-pressed`. */
export function PresetPicker({ presets, current, onChoose, label }: Props) {
  const chosen = presets.find((p) => p.id === current);
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
            aria-pressed={p.id === current ? 'true' : 'false'}
            onClick={() => onChoose(p.id)}
          >
            {p.label}
          </button>
        ))}
      </div>
      {chosen && (
        <div class="calc-presets__about">
          <p class="calc-presets__description">
            <strong>{chosen.label}.</strong> {chosen.description}
          </p>
          <p class="calc-presets__basis">Bron van de cijfers: {chosen.basis}</p>
        </div>
      )}
    </div>
  );
}

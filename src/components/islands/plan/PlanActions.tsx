/** Print, save as a file, load a file, and reset (with a confirmation step). */
import { useRef, useState } from 'preact/hooks';
import { MAX_FILE_BYTES } from '../../../lib/progress/transfer';
import { resetPlan } from '../../../stores/plan';
import { loadProgressFile, progressFile } from '../../../stores/progress-transfer';

interface Props {
  disabled: boolean;
}

/** The plan's action bar. */
export default function PlanActions({ disabled }: Props) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);

  function save() {
    const file = progressFile();
    const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage({ text: `Je plan en je voortgang zijn bewaard als ${file.name}.`, error: false });
  }

  async function load(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setMessage({ text: 'Dit bestand is te groot voor een voortgangsbestand.', error: true });
      return;
    }
    const result = loadProgressFile(await file.text());
    setMessage(
      result.ok
        ? {
            text: result.counts.plan ? 'Je plan is geladen.' : 'Geladen, maar in dit bestand stond nog geen plan.',
            error: false,
          }
        : { text: result.error, error: true },
    );
  }

  function reset() {
    resetPlan();
    setConfirming(false);
    setMessage({ text: 'Je plan is leeggemaakt. Je lessen en zelftests staan er nog.', error: false });
    queueMicrotask(() => resetRef.current?.focus());
  }

  return (
    <div class="plan-actions no-print">
      <p class="plan-actions__buttons">
        <button type="button" class="button" disabled={disabled} onClick={() => window.print()}>
          Print of bewaar als pdf
        </button>
        <button type="button" class="button button--secondary" disabled={disabled} onClick={save}>
          Bewaar als bestand
        </button>
        <label class="file-field">
          Laad een bestand
          <input
            type="file"
            accept="application/json,.json"
            disabled={disabled}
            onChange={(e) => void load(e.currentTarget)}
          />
        </label>
        <button
          type="button"
          class="button button--secondary"
          ref={resetRef}
          disabled={disabled}
          aria-expanded={confirming ? 'true' : 'false'}
          onClick={() => {
            setConfirming(true);
            queueMicrotask(() => confirmRef.current?.focus());
          }}
        >
          Begin opnieuw
        </button>
      </p>
      {confirming && (
        <div class="plan-confirm" role="group" aria-labelledby="plan-confirm-vraag">
          <p id="plan-confirm-vraag">
            <strong>Weet je het zeker?</strong> Je doel, je antwoorden, je lijst en je logboek worden gewist. Je lessen
            en zelftests blijven staan.
          </p>
          <button type="button" class="button" ref={confirmRef} onClick={reset}>
            Ja, wis mijn plan
          </button>{' '}
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              setConfirming(false);
              queueMicrotask(() => resetRef.current?.focus());
            }}
          >
            Nee, laat staan
          </button>
        </div>
      )}
      <p class={`form-message${message?.error ? ' is-error' : ''}`} role="status">
        {message?.text ?? ''}
      </p>
    </div>
  );
}

/**
 * One calculator input with its label, help, unit and, when the text is not usable, a Dutch message at the
 * field (with one-click readings when it is ambiguous: "bedoel je € 12.500 of € 12,50?"). When the text
 * was read in a way that differs from how it is written, the field says so ("gelezen als 2.000 likes").
 * The text stays exactly as typed; `aria-invalid` and `aria-describedby` tie the messages to the input.
 */
import type { Field, FieldCheck } from '../../../lib/calculators/fields';
import { MAX_VALUE_LENGTH } from '../../../lib/calculators/url-state';

interface Props {
  /** Prefix for element ids: unique per calculator instance on the page. */
  idPrefix: string;
  field: Field;
  raw: string;
  check: FieldCheck | undefined;
  onChange: (raw: string) => void;
}

/** The message at a field for its check, or null when the value is fine. */
export function fieldMessage(check: FieldCheck | undefined): string | null {
  if (!check || check.status === 'ok') return null;
  if (check.status === 'empty') return 'Vul hier een getal in.';
  return check.message;
}

/** A labelled input (text with Dutch number notation) or select (for choices). */
export function FieldInput({ idPrefix, field, raw, check, onChange }: Props) {
  const id = `${idPrefix}-${field.id}`;
  const helpId = field.help ? `${id}-help` : undefined;
  const message = fieldMessage(check);
  const errorId = message ? `${id}-error` : undefined;
  const readBack = check?.status === 'ok' ? check.readBack : null;
  const readBackId = readBack ? `${id}-gelezen` : undefined;
  const suggestions = check && (check.status === 'error' || check.status === 'ambiguous') ? check.suggestions : [];
  const describedBy = [helpId, errorId, readBackId].filter(Boolean).join(' ') || undefined;

  return (
    <div class={`calc-field calc-field--${field.kind}${message ? ' calc-field--invalid' : ''}`}>
      <label for={id} class="calc-field__label">
        {field.label}
      </label>
      {field.help && (
        <span id={helpId} class="calc-field__help">
          {field.help}
        </span>
      )}
      {field.kind === 'choice' ? (
        <select
          id={id}
          name={id}
          class="calc-field__select"
          value={raw}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.currentTarget.value)}
        >
          {field.options.map((o) => (
            <option key={o.value} value={o.value} selected={o.value === raw}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <span class={`calc-field__control calc-field__control--${field.unit}`}>
          {field.unit === 'euro' && (
            <span class="calc-field__unit" aria-hidden="true">
              €
            </span>
          )}
          <input
            id={id}
            name={id}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            maxLength={MAX_VALUE_LENGTH}
            spellcheck={false}
            value={raw}
            aria-invalid={message ? 'true' : undefined}
            aria-describedby={describedBy}
            onInput={(e) => onChange(e.currentTarget.value)}
          />
          {field.unit === 'percent' && (
            <span class="calc-field__unit" aria-hidden="true">
              %
            </span>
          )}
          {field.unit === 'hours' && (
            <span class="calc-field__unit" aria-hidden="true">
              uur
            </span>
          )}
        </span>
      )}
      {message && (
        <p id={errorId} class="calc-field__error">
          {message}
        </p>
      )}
      {suggestions.length > 0 && (
        <p class="calc-field__suggestions">
          {suggestions.map((s) => (
            <button
              key={s.text}
              type="button"
              class="calc-field__suggestion"
              aria-label={`${field.label}: ${s.label}`}
              onClick={() => onChange(s.text)}
            >
              {s.label}
            </button>
          ))}
        </p>
      )}
      {readBack && (
        <p id={readBackId} class="calc-field__readback" data-testid={`${field.id}-gelezen`}>
          {readBack}
        </p>
      )}
    </div>
  );
}

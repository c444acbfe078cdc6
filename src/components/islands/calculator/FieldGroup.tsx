/**
 * A fieldset of calculator inputs: its legend and one FieldInput per field, each wired to the instance.
 * Every calculator lays out its form as one or more of these.
 */
import type { Field, FieldCheck } from '../../../lib/calculators/fields';
import { FieldInput } from './FieldInput';

interface Props {
  legend: string;
  fields: readonly Field[];
  /** Prefix for element ids: unique per calculator instance on the page. */
  idPrefix: string;
  values: Readonly<Record<string, string>>;
  checks: Readonly<Record<string, FieldCheck | undefined>>;
  onChange: (fieldId: string, raw: string) => void;
}

/** A labelled group of inputs. */
export function FieldGroup({ legend, fields, idPrefix, values, checks, onChange }: Props) {
  return (
    <fieldset class="calc__group">
      <legend>{legend}</legend>
      {fields.map((field) => (
        <FieldInput
          key={field.id}
          idPrefix={idPrefix}
          field={field}
          raw={values[field.id] ?? ''}
          check={checks[field.id]}
          onChange={(raw) => onChange(field.id, raw)}
        />
      ))}
    </fieldset>
  );
}

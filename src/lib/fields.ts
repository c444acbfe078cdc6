/**
 * Calculator form fields: what each input accepts, and the Dutch message a reader sees when a value is not
 * accepted. A form's state is the raw text per field (what the reader typed, never lost); `resolveForm`
 * turns it into numbers, falling back per field to the last value that was valid. Pure; no DOM.
 */
import { formatNumber } from './format';
import { parseDutchNumber } from './parse-number';

/** How a number field's value reads: drives the messages and the unit shown beside the input. */
export type NumberUnit = 'count' | 'euro' | 'percent' | 'hours' | 'number';

/** A numeric input. Values are in the unit the reader types: a percent field holds 2.5 for 2,5 %. */
export interface NumberField {
  kind: 'number';
  /** Stable id: the key in the state object and in the URL. Short, [a-z]. */
  id: string;
  /** Dutch label shown at the input. */
  label: string;
  /** Short Dutch help under the label (optional). */
  help?: string;
  unit: NumberUnit;
  min: number;
  max: number;
  /** If set, `min` itself is not allowed (e.g. followers > 0 because we divide by them). */
  minExclusive?: boolean;
  /** Optional fields may stay empty; their value is then null. */
  optional?: boolean;
}

/** A choice among fixed options (rendered as a select or radio group). */
export interface ChoiceField {
  kind: 'choice';
  id: string;
  label: string;
  help?: string;
  options: readonly { value: string; label: string }[];
}

/** Any calculator input. */
export type Field = NumberField | ChoiceField;

/** What one field's raw text amounts to. */
export type FieldCheck =
  { status: 'ok'; value: number | null } | { status: 'empty' } | { status: 'error'; message: string };

/** Dutch noun phrase for a unit, used in messages ("een bedrag", "een percentage"). */
const unitNoun: Record<NumberUnit, string> = {
  count: 'een aantal',
  euro: 'een bedrag',
  percent: 'een percentage',
  hours: 'een aantal uren',
  number: 'een getal',
};

/** The text a message uses for a limit, with its unit: "100 %", "€ 1.000.000", "80 uur". */
export function describeLimit(field: NumberField, limit: number): string {
  const n = formatNumber(limit, 2);
  if (field.unit === 'percent') return `${n}\u00a0%`;
  if (field.unit === 'euro') return `€\u00a0${n}`;
  if (field.unit === 'hours') return `${n} uur`;
  return n;
}

/**
 * Checks one field's raw text: parses Dutch notation, then the field's range.
 * @example checkField('2,5', percentField) // { status: 'ok', value: 2.5 }
 * @example checkField('120', percentField) // { status: 'error', message: 'Een percentage kan niet hoger zijn dan 100 %.' }
 */
export function checkField(raw: string, field: Field): FieldCheck {
  if (field.kind === 'choice') {
    return field.options.some((o) => o.value === raw)
      ? { status: 'ok', value: null }
      : { status: 'error', message: 'Kies een van de mogelijkheden.' };
  }
  const parsed = parseDutchNumber(raw);
  if (!parsed.ok) {
    if (parsed.reason === 'empty') return field.optional ? { status: 'ok', value: null } : { status: 'empty' };
    return {
      status: 'error',
      message: `Dit lezen we niet als ${unitNoun[field.unit]}. Schrijf het bijvoorbeeld als 2,5 of 1.000.`,
    };
  }
  const v = parsed.value;
  if (v < 0 && field.min >= 0) return { status: 'error', message: 'Dit kan niet negatief zijn.' };
  if (field.unit === 'percent' && v > 100 && field.max <= 100) {
    return { status: 'error', message: 'Een percentage kan niet hoger zijn dan 100\u00a0%.' };
  }
  if (v > field.max) {
    return {
      status: 'error',
      message: `Dat is onwaarschijnlijk veel: de rekenhulp gaat tot ${describeLimit(field, field.max)}.`,
    };
  }
  if (field.minExclusive ? v <= field.min : v < field.min) {
    const limit = describeLimit(field, field.min);
    return {
      status: 'error',
      message: field.minExclusive ? `Dit moet meer zijn dan ${limit}.` : `Dit moet minstens ${limit} zijn.`,
    };
  }
  return { status: 'ok', value: v };
}

/** A problem to report in the results: an empty field ("vul … in") or a value we could not use. */
export interface FormIssue {
  fieldId: string;
  label: string;
  kind: 'empty' | 'error';
}

/** The numbers a calculation runs on, plus what is wrong with the form right now. */
export interface ResolvedForm {
  /** Number per number field (null for an empty optional field), the chosen value per choice field. */
  values: Record<string, number | null | string>;
  /** Per field: its check of the current raw text (for the message at the field). */
  checks: Record<string, FieldCheck>;
  /** Fields whose current text is not used (empty or invalid); the calculation used the last valid value. */
  issues: FormIssue[];
}

/**
 * Resolves a form: each field's raw text if valid, otherwise its last valid value. `lastValid` must hold a
 * valid value for every field (the preset's): that is what keeps results from ever being NaN or blank.
 */
export function resolveForm(
  fields: readonly Field[],
  raw: Readonly<Record<string, string>>,
  lastValid: Readonly<Record<string, number | null | string>>,
): ResolvedForm {
  const values: Record<string, number | null | string> = {};
  const checks: Record<string, FieldCheck> = {};
  const issues: FormIssue[] = [];
  for (const field of fields) {
    const check = checkField(raw[field.id] ?? '', field);
    checks[field.id] = check;
    if (check.status === 'ok') {
      values[field.id] = field.kind === 'choice' ? (raw[field.id] as string) : check.value;
    } else {
      values[field.id] = lastValid[field.id] ?? null;
      issues.push({ fieldId: field.id, label: field.label, kind: check.status });
    }
  }
  return { values, checks, issues };
}

/** The number a resolved form holds for a field; 0 when absent (optional fields left empty). */
export function numberOf(values: Readonly<Record<string, number | null | string>>, id: string): number {
  const v = values[id];
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

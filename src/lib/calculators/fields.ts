/**
 * Calculator form fields: what each input accepts, how its text was read, and the Dutch message a reader
 * sees when a value cannot be used. A form's state is the raw text per field (what the reader typed, never
 * lost); `resolveForm` turns it into numbers. When any field cannot be used, the form is incomplete and
 * the calculators withhold their result: a result is always a function of what the form shows, never of
 * a value from elsewhere. Pure; no DOM.
 */
import { countNoun, nounFromPlural, type Noun } from '../count-noun';
import { formatNumber } from '../format';
import { formatInputNumber, numberCore, parseDutchNumber, unambiguousText, type UnitMark } from './parse-number';

/** How a number field's value reads: drives the messages, the unit shown and the read-back. */
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
  /** Counts are whole numbers of people or things. */
  unit: NumberUnit;
  /** What a count counts, plural ("likes", "volgers"), for the read-back "gelezen als 2.000 likes". */
  noun?: string;
  min: number;
  max: number;
  /** Optional fields may stay empty; their value is then null. */
  optional?: boolean;
}

/** A choice among fixed options (rendered as a select). */
export interface ChoiceField {
  kind: 'choice';
  id: string;
  label: string;
  help?: string;
  options: readonly { value: string; label: string }[];
}

/** Any calculator input. */
export type Field = NumberField | ChoiceField;

/** A reading the reader can pick with one click: the text to put in the field and how it reads. */
export interface Suggestion {
  value: number;
  /** Unambiguous text for the field. */
  text: string;
  /** The value as the field shows it: "€ 12.500", "2,5 %". */
  label: string;
}

/** What one field's raw text amounts to. */
export type FieldCheck =
  | { status: 'ok'; value: number | null; readBack: string | null }
  | { status: 'empty' }
  | { status: 'error'; message: string; suggestions: Suggestion[] }
  | { status: 'ambiguous'; message: string; suggestions: Suggestion[] };

/** Dutch noun phrase for a unit, used in messages ("een bedrag", "een percentage"). */
const unitNoun: Record<NumberUnit, string> = {
  count: 'een aantal',
  euro: 'een bedrag',
  percent: 'een percentage',
  hours: 'een aantal uren',
  number: 'een getal',
};

/** What a unit typed in the text is called, for "je typte een bedrag (€)". */
const markNoun: Record<UnitMark, string> = {
  euro: 'een bedrag (€)',
  percent: 'een percentage (%)',
  hours: 'uren',
  count: 'een aantal',
};

/** Which typed units fit a field's unit. */
function unitFits(field: NumberField, mark: UnitMark | null): boolean {
  if (mark === null) return true;
  if (field.unit === 'number') return false;
  return mark === field.unit;
}

/** Whether a field's values are money (cents possible). */
function isMoney(field: NumberField): boolean {
  return field.unit === 'euro';
}

/**
 * A value as the field means it, for read-backs and suggestions: "€ 1.500", "€ 12,50", "2,5 %",
 * "17,33 uur", "2.000 likes". Keeps up to 6 decimals, so the reader sees what is computed.
 */
export function describeValue(field: NumberField, value: number): string {
  const n = formatNumber(value, 6);
  if (field.unit === 'euro') {
    if (Number.isInteger(value)) return `€\u00a0${n}`;
    // Cents always in two decimals ("€ 12,50"), more only when typed (a fraction of a cent).
    const digits = Math.max(2, decimalsOf(value));
    return `€\u00a0${new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: digits }).format(value)}`;
  }
  if (field.unit === 'percent') return `${n}\u00a0%`;
  if (field.unit === 'hours') return `${n} uur`;
  if (field.unit === 'count' && field.noun) return countNoun(value, nounOf(field), (v) => formatNumber(v, 6));
  return n;
}

/** A count field's noun in both forms ("1 volger", never "1 volgers"), from the course's noun list. */
function nounOf(field: NumberField): Noun {
  return nounFromPlural(field.noun ?? '');
}

/** An amount with exactly two decimals, as typed: "12,50", "1.234,50". */
function formatCents(value: number): string {
  return new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** Decimals a value needs (up to 6). */
function decimalsOf(value: number): number {
  const s = formatNumber(value, 6);
  const i = s.indexOf(',');
  return i === -1 ? 0 : s.length - i - 1;
}

/** The text a message uses for a limit, with its unit: "100 %", "€ 1.000.000", "80 uur". */
export function describeLimit(field: NumberField, limit: number): string {
  const n = formatNumber(limit, 2);
  if (field.unit === 'percent') return `${n}\u00a0%`;
  if (field.unit === 'euro') return `€\u00a0${n}`;
  if (field.unit === 'hours') return `${n} uur`;
  return n;
}

/** Why a value does not fit a field, or null when it does. */
export function valueProblem(field: NumberField, v: number): string | null {
  if (v < 0 && field.min >= 0) return 'Dit kan niet negatief zijn.';
  if (field.unit === 'count' && !Number.isInteger(v)) {
    return 'Een aantal is een heel getal: typ het zonder komma.';
  }
  if (field.unit === 'percent' && v > 100 && field.max <= 100) {
    return 'Een percentage kan niet hoger zijn dan 100\u00a0%.';
  }
  if (v > field.max) return `Dat is onwaarschijnlijk veel: de rekenhulp gaat tot ${describeLimit(field, field.max)}.`;
  if (v < field.min) return `Dit moet minstens ${describeLimit(field, field.min)} zijn.`;
  return null;
}

/** The one-click text for a value in this field. */
export function fieldText(field: NumberField, value: number): string {
  return unambiguousText(value, { money: isMoney(field) });
}

/** A suggestion for a reading. */
function suggestion(field: NumberField, value: number): Suggestion {
  return { value, text: fieldText(field, value), label: describeValue(field, value) };
}

/** "a", "a of b", "a, b of c". */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} of ${items[items.length - 1]}`;
}

/**
 * Checks one field's raw text: parses Dutch notation, then the field's unit, wholeness and range.
 * @example checkField('2,5', percentField) // { status: 'ok', value: 2.5, readBack: null }
 * @example checkField('1,000', followers)  // { status: 'ambiguous', message: 'Bedoel je 1 volgers of 1.000 volgers?', … }
 */
export function checkField(raw: string, field: Field): FieldCheck {
  if (field.kind === 'choice') {
    return field.options.some((o) => o.value === raw)
      ? { status: 'ok', value: null, readBack: null }
      : { status: 'error', message: 'Kies een van de mogelijkheden.', suggestions: [] };
  }
  const parsed = parseDutchNumber(raw, { money: isMoney(field) });
  if (parsed.status === 'empty')
    return field.optional ? { status: 'ok', value: null, readBack: null } : { status: 'empty' };
  if (parsed.status === 'invalid') {
    return {
      status: 'error',
      message: `Dit lezen we niet als ${unitNoun[field.unit]}. Schrijf het bijvoorbeeld als ${field.unit === 'count' ? '1.000' : '2,5 of 1.000'}.`,
      suggestions: [],
    };
  }
  // "400 likes" in Volgers: a count of the wrong thing is flagged, as a € in a percentage field is.
  if (field.unit === 'count' && parsed.word !== undefined && field.noun !== undefined && parsed.word !== field.noun) {
    return {
      status: 'error',
      message: `Hier hoort een aantal ${field.noun}, maar je typte ${parsed.word}. Staat het in het goede veld? Typ alleen het getal.`,
      suggestions: [],
    };
  }
  if (!unitFits(field, parsed.unit)) {
    return {
      status: 'error',
      message: `Hier hoort ${unitNoun[field.unit]}, maar je typte ${parsed.unit ? markNoun[parsed.unit] : 'iets anders'}. Staat het in het goede veld? Typ alleen het getal.`,
      suggestions: [],
    };
  }
  if (parsed.status === 'ambiguous') {
    const fitting = parsed.readings.filter((v) => valueProblem(field, v) === null);
    const [dutch] = parsed.readings;
    if (fitting.length === 2) {
      const options = fitting.map((v) => suggestion(field, v));
      return {
        status: 'ambiguous',
        message: `Bedoel je ${orList(options.map((o) => o.label))}?`,
        suggestions: options,
      };
    }
    if (fitting.length === 1 && fitting[0] === dutch) return ok(field, raw, dutch);
    const problem = valueProblem(field, dutch) ?? '';
    const alt = fitting[0];
    return alt === undefined
      ? { status: 'error', message: problem, suggestions: [] }
      : {
          status: 'error',
          message: `${problem} Bedoel je ${describeValue(field, alt)}?`,
          suggestions: [suggestion(field, alt)],
        };
  }
  const problem = valueProblem(field, parsed.value);
  return problem === null ? ok(field, raw, parsed.value) : { status: 'error', message: problem, suggestions: [] };
}

/** An accepted value, with a read-back when the text differs from how the field would write it. */
function ok(field: NumberField, raw: string, value: number): FieldCheck {
  const core = numberCore(raw).replace(/^[-\u2212]/, '-');
  // Amounts with cents ("12,50", "1.234,50") are written as expected too.
  const canonical = [fieldText(field, value), formatInputNumber(value)];
  if (field.unit === 'euro') canonical.push(formatCents(value), formatCents(value).replace(/\./g, ''));
  const readBack = canonical.includes(core) ? null : `gelezen als ${describeValue(field, value)}`;
  return { status: 'ok', value, readBack };
}

/** A problem to report in the results: an empty field, an unusable value, or a question. */
export interface FormIssue {
  fieldId: string;
  label: string;
  kind: 'empty' | 'error' | 'ambiguous';
}

/** The numbers a calculation runs on, plus what is wrong with the form right now. */
export interface ResolvedForm {
  /** Number per usable number field (null for an empty optional one), the chosen value per choice field. */
  values: Record<string, number | null | string>;
  /** Per field: its check of the current raw text (for the message at the field). */
  checks: Record<string, FieldCheck>;
  /** Fields whose current text cannot be used. */
  issues: FormIssue[];
  /** True when every field is usable: only then is there a result. */
  complete: boolean;
}

/**
 * Resolves a form from the raw text alone. A field that cannot be used has no value and makes the form
 * incomplete; nothing is filled in from elsewhere.
 */
export function resolveForm(fields: readonly Field[], raw: Readonly<Record<string, string>>): ResolvedForm {
  const values: Record<string, number | null | string> = {};
  const checks: Record<string, FieldCheck> = {};
  const issues: FormIssue[] = [];
  for (const field of fields) {
    const text = raw[field.id] ?? '';
    const check = checkField(text, field);
    checks[field.id] = check;
    if (check.status === 'ok') {
      values[field.id] = field.kind === 'choice' ? text : check.value;
    } else {
      issues.push({ fieldId: field.id, label: field.label, kind: check.status });
    }
  }
  return { values, checks, issues, complete: issues.length === 0 };
}

/** The number a resolved form holds for a field; 0 when absent (optional fields left empty). */
export function numberOf(values: Readonly<Record<string, number | null | string>>, id: string): number {
  const v = values[id];
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/**
 * Reads a number as a Dutch or Flemish reader types it: "2,5" (decimal comma), "1.000" and "1.000.000"
 * (thousands dots), "1.234,50", "€ 50", "€ 50,-", "50 euro", "10%", "2.000 likes", plain digits ("2500").
 * Shapes that another convention reads differently are never guessed: "1,000" (1 or 1.000?), "2.0000" and
 * "1.5" and "12.50" (a decimal point, or a stray thousands dot?) come back as `ambiguous` with both
 * readings, so the form can ask "bedoel je …?". A single thousands dot with three digits ("€ 1.000",
 * "12.500,-") is Dutch, in amounts too: no one writes euros with three decimals, and the fields' own hint
 * says to write 1.000. A count word ("400 likes") is kept, so a field for followers can flag it.
 * Pure; no DOM. Range checks are the caller's job: see `./fields.ts`.
 */

/** Which kind of unit the text carried ("€", "%", "uur", "likes"), or null for a bare number. */
export type UnitMark = 'euro' | 'percent' | 'hours' | 'count';

/** The outcome of reading one input. Readings of an ambiguous text: the Dutch reading first. */
export type ParseResult =
  | { status: 'number'; value: number; unit: UnitMark | null; word?: CountWord }
  | { status: 'ambiguous'; readings: readonly [number, number]; unit: UnitMark | null; word?: CountWord }
  | { status: 'empty' }
  | { status: 'invalid' };

/** What a count word typed after a number counts, in the plural the fields use ("fans" counts "volgers"). */
export type CountWord = 'likes' | 'volgers' | 'reacties' | 'keer' | 'klanten' | 'mensen' | 'bezoekers';

/** Options that change how a shape reads. */
export interface ParseOptions {
  /** The field holds money with cents (kept for callers; every shape reads the same in money now). */
  money?: boolean;
}

/** Count words by what they count. */
const COUNT_WORDS: readonly [RegExp, CountWord][] = [
  [/^likes?$/i, 'likes'],
  [/^(volgers?|fans?)$/i, 'volgers'],
  [/^reacties?$/i, 'reacties'],
  [/^keer$/i, 'keer'],
  [/^(klanten|klant)$/i, 'klanten'],
  [/^mensen$/i, 'mensen'],
  [/^bezoekers?$/i, 'bezoekers'],
];

// Thousands groups: "1.000", "12.500.000". The first group never starts with 0 ("0.125" is a decimal).
const THOUSANDS_DOTS = /^[1-9]\d{0,2}(\.\d{3})+$/;
const ONE_THOUSANDS_DOT = /^[1-9]\d{0,2}\.\d{3}$/;
const THOUSANDS_AND_COMMA = /^[1-9]\d{0,2}(\.\d{3})+,\d*$/;
const COMMA_DECIMAL = /^(\d+,\d*|,\d+)$/;
// "1,000", "12,500": a Dutch decimal with three decimals, or an English thousands separator.
const COMMA_THREE = /^[1-9]\d{0,2},\d{3}$/;
const PLAIN = /^\d+$/;
const ONE_POINT = /^\d*\.\d+$/;

/** Unit words and signs, by kind. Checked at the end of the text (and "€" also at the start). */
const UNIT_SUFFIXES: readonly [RegExp, UnitMark][] = [
  [/\s*,-{1,2}$/, 'euro'],
  [/\s*(€|euro|eur)$/i, 'euro'],
  [/\s*(%|procent)$/i, 'percent'],
  [/\s*(uur|uren|u|h)$/i, 'hours'],
  [/\s*(likes?|volgers?|fans?|reacties?|keer|klanten|klant|mensen|bezoekers?)$/i, 'count'],
];

/** Strips one unit mark from the end (and "€" from the start); returns the core text, the unit and a count word. */
function stripUnits(text: string): { core: string; unit: UnitMark | null; conflict: boolean; word?: CountWord } {
  let s = text;
  let unit: UnitMark | null = null;
  let conflict = false;
  let word: CountWord | undefined;
  const note = (u: UnitMark) => {
    if (unit !== null && unit !== u) conflict = true;
    unit = u;
  };
  if (/^€/.test(s)) {
    note('euro');
    s = s.replace(/^€\s*/, '');
  }
  // "€ 50,- euro" is odd but clear: allow two suffixes of the same kind, and report mixed kinds.
  for (let round = 0; round < 2; round += 1) {
    const hit = UNIT_SUFFIXES.find(([re]) => re.test(s));
    if (!hit) break;
    note(hit[1]);
    if (hit[1] === 'count') {
      const typed = (s.match(hit[0])?.[0] ?? '').trim();
      word = COUNT_WORDS.find(([re]) => re.test(typed))?.[1];
    }
    s = s.replace(hit[0], '').trim();
  }
  return word === undefined ? { core: s, unit, conflict } : { core: s, unit, conflict, word };
}

/** The core number text of an input, without sign handling: units, currency signs and spaces removed. */
export function numberCore(input: string): string {
  const s = input
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .trim();
  return stripUnits(s).core.replace(/ /g, '');
}

/** Reads the core text (no units, no sign) as a number, ambiguous readings, or null. */
function readCore(s: string): ParseResult | null {
  const number = (value: number): ParseResult => ({ status: 'number', value, unit: null });
  const both = (a: number, b: number): ParseResult => ({ status: 'ambiguous', readings: [a, b], unit: null });
  if (PLAIN.test(s)) return number(Number(s));
  if (THOUSANDS_DOTS.test(s)) return number(Number(s.replace(/\./g, '')));
  if (THOUSANDS_AND_COMMA.test(s)) return number(Number(s.replace(/\./g, '').replace(',', '.').replace(/\.$/, '')));
  if (COMMA_DECIMAL.test(s)) {
    const dutch = Number(`0${s.replace(',', '.')}`.replace(/\.$/, ''));
    return COMMA_THREE.test(s) ? both(dutch, Number(s.replace(',', ''))) : number(dutch);
  }
  if (ONE_POINT.test(s)) {
    const decimal = Number(`0${s}`);
    // "0.5" and ".5" can only be decimals; "1.5" and "2.0000" may be a stray thousands dot.
    return /^0?\./.test(s) ? number(decimal) : both(decimal, Number(s.replace('.', '')));
  }
  return null;
}

/**
 * Parses a typed number.
 * @example parseDutchNumber('1.000')          // { status: 'number', value: 1000, unit: null }
 * @example parseDutchNumber('€ 50,-')         // { status: 'number', value: 50, unit: 'euro' }
 * @example parseDutchNumber('1,000')          // { status: 'ambiguous', readings: [1, 1000], unit: null }
 * @example parseDutchNumber('12.500,-')       // { status: 'number', value: 12500, unit: 'euro' }
 * @example parseDutchNumber('400 likes')      // { status: 'number', value: 400, unit: 'count', word: 'likes' }
 */
export function parseDutchNumber(input: string, _options: ParseOptions = {}): ParseResult {
  if (typeof input !== 'string') return { status: 'invalid' };
  // Control characters are invisible in a field and dropped from links: ignore them here too.
  const text = input
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .trim();
  if (text === '') return { status: 'empty' };
  let s = text;
  // A minus sign (ASCII or typographic) may lead, also before "€"; the sign is applied at the end.
  let sign = 1;
  if (/^[-\u2212]/.test(s)) {
    sign = -1;
    s = s.slice(1).trim();
  }
  const { core, unit, conflict, word } = stripUnits(s);
  if (conflict) return { status: 'invalid' };
  if (core === '') return sign === 1 ? { status: 'empty' } : { status: 'invalid' };
  s = core;
  // Amounts are sometimes typed with spaces between thousands groups: "1 000 000".
  if (/^\d{1,3}( \d{3})+(,\d*)?$/.test(s)) s = s.replace(/ /g, '');
  const read = readCore(s);
  const counted = word === undefined ? {} : { word };
  if (!read || read.status === 'empty' || read.status === 'invalid') return { status: 'invalid' };
  // -0 would print as "-0" in some places; a typed "-0" simply means zero.
  const signed = (v: number) => (v === 0 ? 0 : sign * v);
  if (read.status === 'number') {
    return Number.isFinite(read.value)
      ? { status: 'number', value: signed(read.value), unit, ...counted }
      : { status: 'invalid' };
  }
  const [a, b] = read.readings;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return { status: 'invalid' };
  return { status: 'ambiguous', readings: [signed(a), signed(b)], unit, ...counted };
}

/**
 * Writes a number the way a Dutch reader would type it, for filling inputs: "1.000", "2,5", "0,04".
 * Keeps up to 6 decimals.
 * @example formatInputNumber(1000) // "1.000"; formatInputNumber(2.5) // "2,5"
 */
export function formatInputNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  return new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 6, useGrouping: true })
    .format(value)
    .replace(/\u2212/g, '-');
}

/**
 * Text for a value that `parseDutchNumber` reads back as exactly that value, never as ambiguous: used when
 * a program fills a field (presets, links, "bedoel je …?" buttons). Whole amounts of money lose their
 * single thousands dot ("1500", not the ambiguous "1.500"); three decimals get a fourth ("1,2340").
 * `exact` keeps every digit of the floating-point value, so it reads back as the same double (for values
 * from 10^-6 up; a link must reproduce the cost to the cent).
 * @example unambiguousText(1500, { money: true }) // "1500"; unambiguousText(12500, {}) // "12.500"
 */
export function unambiguousText(value: number, options: ParseOptions & { exact?: boolean } = {}): string {
  if (!Number.isFinite(value)) return '';
  let s = formatInputNumber(value);
  if (options.exact) {
    const plain = String(value);
    // Shortest round-trip form; exponents ("4e-7") are not something a reader types: write those out.
    s = (/e/i.test(plain) ? value.toFixed(20).replace(/0+$/, '') : plain).replace('.', ',');
  }
  if (options.money && ONE_THOUSANDS_DOT.test(s)) s = s.replace('.', '');
  if (/^-?[1-9]\d{0,2},\d{3}$/.test(s)) s = `${s}0`;
  return s;
}

/**
 * Reading a count (customers, enquiries, likes): a whole number typed the Dutch way, "12", "1.250" or
 * "1 250". Anything else is refused rather than guessed: "1,5" is not a count, and "1,000" or "2.0000"
 * could mean two different numbers. Kept apart from the calculators' parser on purpose: counts in the plan
 * never need decimals, so the strict rule is also the simple one.
 */

/** The outcome of reading a count. */
export type CountResult = { ok: true; value: number } | { ok: false; message: string };

/** The largest count the plan accepts anywhere. */
export const MAX_COUNT = 1_000_000_000;

const PLAIN = /^\d+$/;
const GROUPED = /^[1-9]\d{0,2}(?:([. ])\d{3})(?:\1\d{3})*$/;

/**
 * Reads a whole count from 0 to {@link MAX_COUNT}.
 * @example parseCount('1.250') // { ok: true, value: 1250 }
 * @example parseCount('1,5').ok // false
 */
export function parseCount(text: string): CountResult {
  const s = String(text)
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .trim();
  if (s === '') return { ok: false, message: 'Vul een aantal in.' };
  if (/^[-\u2212]/.test(s)) return { ok: false, message: 'Een aantal kan niet negatief zijn.' };
  let digits: string | null = null;
  if (PLAIN.test(s)) digits = s;
  else if (GROUPED.test(s)) digits = s.replace(/[. ]/g, '');
  if (digits === null) {
    return /[,.]/.test(s)
      ? { ok: false, message: 'Vul een heel getal in, zoals 12 of 1.250 (zonder komma of decimalen).' }
      : { ok: false, message: 'Vul alleen een getal in, zoals 12 (zonder woorden erbij).' };
  }
  const value = Number(digits);
  if (!Number.isSafeInteger(value) || value > MAX_COUNT) {
    return { ok: false, message: 'Dat getal is te groot om te kloppen. Controleer het nog eens.' };
  }
  return { ok: true, value };
}

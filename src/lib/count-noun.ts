/**
 * A count with its noun in Dutch that agrees with the number as it is shown: "1 klant", "0 klanten",
 * "2,4 klanten", "1 like". The noun is singular exactly when the shown number reads "1", so the choice is
 * made on the text the reader sees, never on an unrounded value (0,96 shown as "1" is "1 klant"). Every
 * calculator, the plan and the decks write counts through this one helper. The caller passes the number
 * format (`formatNumber`, `formatCount`): this file imports none, so a deck's small script can use it
 * without the formatting module. Pure; no DOM.
 */

/** A noun in its two forms. */
export interface Noun {
  one: string;
  many: string;
}

/** The nouns the course counts; add here rather than spelling a plural in a sentence. */
export const nouns = {
  klant: { one: 'klant', many: 'klanten' },
  like: { one: 'like', many: 'likes' },
  volger: { one: 'volger', many: 'volgers' },
  reactie: { one: 'reactie', many: 'reacties' },
  mens: { one: 'mens', many: 'mensen' },
  liker: { one: 'liker', many: 'likers' },
  maand: { one: 'maand', many: 'maanden' },
  les: { one: 'les', many: 'lessen' },
  keer: { one: 'keer', many: 'keer' },
  dia: { one: 'dia', many: "dia's" },
} as const satisfies Record<string, Noun>;

/**
 * A noun from its plural: the course's own nouns know their singular; an unknown word stays as it is.
 * @example nounFromPlural('volgers') // { one: 'volger', many: 'volgers' }
 */
export function nounFromPlural(many: string): Noun {
  return Object.values(nouns).find((n) => n.many === many) ?? { one: many, many };
}

/** Whether a shown number takes the singular: only the text "1" (or "-1") does. */
export function isSingularText(shown: string): boolean {
  return /^[-\u2212]?1$/.test(shown.trim());
}

/**
 * The noun that agrees with a shown number.
 * @example nounFor('1', nouns.klant) // "klant"; nounFor('2,4', nouns.klant) // "klanten"
 */
export function nounFor(shown: string, noun: Noun): string {
  return isSingularText(shown) ? noun.one : noun.many;
}

/**
 * A count and its noun, the count written by `format`.
 * @example countNoun(1, nouns.klant, formatNumber) // "1 klant"; countNoun(1500, nouns.like, formatNumber) // "1.500 likes"
 * @example countNoun(2.4, nouns.klant, formatCount) // "2,4 klanten"
 */
export function countNoun(value: number, noun: Noun, format: (n: number) => string): string {
  const shown = format(value);
  return `${shown} ${nounFor(shown, noun)}`;
}

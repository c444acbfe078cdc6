/**
 * The course's one worksheet: the questions a reader answers "op één A4". Every lesson that mentions the
 * worksheet quotes these (by number and text), and "Mijn plan" offers them as text fields. Change a question
 * here and every place that shows it follows.
 */

/** One question of the worksheet. */
export interface WorksheetQuestion {
  /** Stable id, used as the storage key of the reader's answer: never rename one that has shipped. */
  id: 'doel' | 'klant' | 'kanaal' | 'gesprek' | 'werk' | 'meten';
  /** The question itself, short enough for a slide. */
  question: string;
  /** One line on what a good answer contains. */
  hint: string;
}

/** The canonical worksheet, in the order the reader answers it. */
export const worksheet: readonly WorksheetQuestion[] = [
  {
    id: 'doel',
    question: 'Wat wil ik bereiken?',
    hint: 'Eén doel dat je kunt tellen, met een termijn: klanten, afspraken of bestellingen, geen likes.',
  },
  {
    id: 'klant',
    question: 'Wie is mijn ideale klant, en wanneer heeft die mij nodig?',
    hint: 'Beschrijf één persoon en het moment of probleem waardoor die een dienst als de jouwe zoekt.',
  },
  {
    id: 'kanaal',
    question: 'Waar bereik ik die klant?',
    hint: 'Het ene kanaal waar die persoon echt zit, niet alle kanalen tegelijk.',
  },
  {
    id: 'gesprek',
    question: 'Waarover ga ik met die klant in gesprek?',
    hint: 'Drie vragen die klanten je vaak stellen: dat zijn je eerste drie berichten.',
  },
  {
    id: 'werk',
    question: 'Wie doet het werk, en wat mag het kosten?',
    hint: 'Uren per week, je uurtarief, tools en advertenties: reken het na met de rekenhulp inspanning.',
  },
  {
    id: 'meten',
    question: 'Hoe zie ik dat het werkt?',
    hint: 'Iets telbaars dat dichter bij omzet ligt dan likes: aanvragen, gesprekken, verkopen.',
  },
];

/**
 * What the reader measures instead of likes: a short list, each tied to a glossary term and with one line on
 * where to find the number. The reader picks two or three.
 */

/** One metric the plan offers. */
export interface Metric {
  /** Stable id, stored in the plan and the log: never rename one that has shipped. */
  id: string;
  /** Short name, also the log's column and the chart's line. */
  label: string;
  /** The glossary entry that explains it (`/begrippen/#<term>`). */
  term: string;
  /** Where to find the number, in one line. */
  where: string;
}

/** The metrics, in the order the page shows them. */
export const METRICS: readonly Metric[] = [
  {
    id: 'bezoek-social',
    label: 'Bezoekers via social media',
    term: 'utm-parameter',
    where: 'Zet een UTM-link onder je berichten en lees de bezoekers af in de statistieken van je site of webshop.',
  },
  {
    id: 'aanvragen',
    label: 'Aanvragen',
    term: 'conversie',
    where:
      'Tel offerteaanvragen, mails en privéberichten; Meta Business Suite en LinkedIn tonen je berichten per week.',
  },
  {
    id: 'verkopen',
    label: 'Verkopen via social media',
    term: 'conversieratio',
    where: 'In de statistieken van je webshop: filter de bestellingen op de bron van je UTM-link.',
  },
  {
    id: 'klikken',
    label: 'Klikken op je links',
    term: 'ctr',
    where: 'Per bericht in Meta Business Suite (Inzichten) of in de statistieken van je LinkedIn-pagina.',
  },
  {
    id: 'kosten-per-klant',
    label: 'Kosten per klant (euro)',
    term: 'kosten-per-klant',
    where: 'Je kosten per maand uit de rekenhulp inspanning, gedeeld door de klanten die via social media kwamen.',
  },
];

/** The metric with this id, or undefined. */
export function metricById(id: string): Metric | undefined {
  return METRICS.find((m) => m.id === id);
}

/**
 * A Dutch message about the choice, or null when two or three known metrics are chosen.
 * @example metricsMessage(['aanvragen']) // 'Kies er nog één: twee of drie cijfers geven een eerlijker beeld.'
 */
export function metricsMessage(chosen: readonly string[]): string | null {
  const known = chosen.filter((id) => metricById(id));
  if (known.length === 0) return 'Kies twee of drie cijfers die je elke maand bijhoudt.';
  if (known.length === 1) return 'Kies er nog één: twee of drie cijfers geven een eerlijker beeld.';
  if (known.length > 3) return 'Kies er hooguit drie: meer houd je maand na maand niet bij.';
  return null;
}

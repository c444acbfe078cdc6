/** Where a figure comes from. Every figure the site shows carries one, and the page shows it. */
export interface FigureSource {
  /** Who published it, e.g. "Markerly". */
  name: string;
  /** Title of the study or report, if it has one. */
  title?: string;
  /** Year of publication (or of the data, as `note` says); null when the source gives no date (pages say "jaar niet vermeld"). */
  year: number | null;
  /** How the source measured: shown wherever sources are compared, because definitions differ. */
  measures: string;
  /** Who or what was measured and how many, in the source's words, e.g. "ruim 6.400 Nederlanders van 15 jaar en ouder". */
  sample?: string;
  /**
   * A public page with the figures: the source itself or, where only that was found, a report of it (then `note`
   * or the title says so). Only addresses confirmed in a public copy; never a guessed one.
   */
  url?: string;
  /** Caveats, e.g. "as quoted in the article" or "source of the article's figure unknown". */
  note?: string;
}

/** A rate as a fraction: 0.08 means 8 %. Format with `Intl.NumberFormat('nl-NL', { style: 'percent' })`. */
export type Fraction = number;

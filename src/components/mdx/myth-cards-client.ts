/**
 * The myth cards' two small behaviours on the reading page (the cards work without them):
 * - a link to a card (`#mythe-8`, a search result at `#mythe-8-titel`) opens that card's explanation;
 * - printing opens every card, for browsers whose print CSS cannot open a closed <details> (no `::details-content`),
 *   and closes again what the reader had closed.
 */

/** The card that an address's fragment points to (the card itself or anything inside it), if any. */
function targetedCard(hash: string): HTMLDetailsElement | null {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null; // A malformed fragment points nowhere.
  }
  if (!id) return null;
  return document.getElementById(id)?.closest('.myth-card')?.querySelector<HTMLDetailsElement>('details') ?? null;
}

/** Opens the card the current address points to, now and whenever the fragment changes. */
export function openLinkedMythCard(): void {
  const open = () => {
    const details = targetedCard(location.hash);
    if (details) details.open = true;
  };
  addEventListener('hashchange', open);
  open();
}

/** Opens every closed card for printing and closes them again afterwards. */
export function openMythCardsForPrint(): void {
  let opened: HTMLDetailsElement[] = [];
  addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll<HTMLDetailsElement>('.myth-card details:not([open])')];
    for (const d of opened) d.open = true;
  });
  addEventListener('afterprint', () => {
    for (const d of opened) d.open = false;
    opened = [];
  });
}

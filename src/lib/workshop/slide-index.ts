/**
 * The slide a URL points at. Each slide has its own URL: `#/5` is the fifth slide (1-based, as people
 * count). `?dia=5` works too, for links from places that drop the hash. Pure: takes strings, returns numbers.
 */

/** Reads a 1-based slide number from `#/5`, `#5` or `?dia=5` and returns the 0-based index, clamped to the deck; null when absent or invalid. */
export function parseSlideRef(hash: string, search: string, total: number): number | null {
  if (!Number.isInteger(total) || total < 1) return null;
  const fromHash = /^#\/?(\d{1,6})\/?$/.exec(hash.trim());
  let raw = fromHash?.[1];
  if (raw === undefined) {
    let params: URLSearchParams;
    try {
      params = new URLSearchParams(search);
    } catch {
      return null;
    }
    const value = params.get('dia')?.trim();
    if (value && /^\d{1,6}$/.test(value)) raw = value;
  }
  if (raw === undefined) return null;
  const n = Number.parseInt(raw, 10);
  return Math.min(Math.max(n, 1), total) - 1;
}

/** The hash for a 0-based slide index: `#/1` for the first slide. */
export function slideHash(index: number): string {
  const n = Number.isFinite(index) ? Math.max(0, Math.floor(index)) : 0;
  return `#/${n + 1}`;
}

/** Keeps an index inside a deck of `total` slides (0 for an empty or invalid input). */
export function clampIndex(index: number, total: number): number {
  if (!Number.isFinite(index) || !Number.isFinite(total) || total < 1) return 0;
  return Math.min(Math.max(Math.trunc(index), 0), Math.trunc(total) - 1);
}

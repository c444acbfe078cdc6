let counter = 0;

/**
 * A unique element id for a term tooltip: the same term may appear twice on a page, and ids must not repeat.
 * @example nextTipId('roi') // 'tip-roi-1'
 */
export function nextTipId(term: string): string {
  counter += 1;
  return `tip-${term}-${counter}`;
}

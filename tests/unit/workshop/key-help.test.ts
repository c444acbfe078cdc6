import { describe, expect, it } from 'vitest';
import { KEY_HELP, keyHelpFor, labelParts } from '../../../src/lib/workshop/key-help';
import { emptyJump, interpretKey, type DeckAction } from '../../../src/lib/workshop/keys';

/** What the deck does after the keys are typed one after another, as `keys.ts` reads them. */
function typed(keys: readonly string[]): DeckAction['type'] | undefined {
  let buffer = emptyJump;
  let action: DeckAction | null = null;
  keys.forEach((key, i) => {
    ({ action, buffer } = interpretKey({ key }, buffer, i * 100));
  });
  return (action as DeckAction | null)?.type;
}

describe('the key table trainers read', () => {
  it('describes only keys the deck has, each doing what the table says', () => {
    for (const row of KEY_HELP) {
      if (row.action === 'goto') {
        expect(typed(row.keys), row.label).toBe('goto');
        continue;
      }
      row.keys.forEach((key, i) => {
        const expected = typeof row.action === 'string' ? row.action : row.action[i];
        expect(typed([key]), `${row.label}: ${key}`).toBe(expected);
      });
    }
  });

  it('covers every action the keyboard can start', () => {
    const described = new Set(KEY_HELP.flatMap((row) => (typeof row.action === 'string' ? [row.action] : row.action)));
    // 'leave' is Esc inside a form field: the table's Esc row and its note on fields cover it.
    const all: DeckAction['type'][] = [
      'next',
      'prev',
      'first',
      'last',
      'goto',
      'fullscreen',
      'blackout',
      'overview',
      'help',
      'close',
      'presenter',
    ];
    expect([...described].sort()).toEqual([...all].sort());
  });

  it('names a key in every row, and the other window for S in each window', () => {
    for (const mode of ['projector', 'presenter'] as const) {
      const rows = keyHelpFor(mode);
      expect(rows).toHaveLength(KEY_HELP.length);
      for (const [label, what] of rows) expect(label.trim() && what.trim(), label).toBeTruthy();
    }
    expect(keyHelpFor('projector').find(([label]) => label === 'S')?.[1]).toContain('presentatorweergave');
    expect(keyHelpFor('presenter').find(([label]) => label === 'S')?.[1]).toContain('publieksvenster');
  });
});

describe('labelParts', () => {
  it('sets keys apart from the words that join them', () => {
    expect(labelParts('B  of  .')).toEqual([
      { text: 'B', key: true },
      { text: 'of', key: false },
      { text: '.', key: true },
    ]);
    expect(labelParts('→  ↓  spatie  Page Down  N').map((p) => p.text)).toEqual(['→', '↓', 'spatie', 'Page Down', 'N']);
    expect(
      labelParts('Home  /  End')
        .filter((p) => p.key)
        .map((p) => p.text),
    ).toEqual(['Home', 'End']);
    expect(labelParts('')).toEqual([]);
    expect(labelParts('   ')).toEqual([]);
  });

  it('finds at least one key in every row of the table', () => {
    for (const row of KEY_HELP)
      expect(
        labelParts(row.label).some((p) => p.key),
        row.label,
      ).toBe(true);
  });
});

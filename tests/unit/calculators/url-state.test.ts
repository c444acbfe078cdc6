import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stateFromPreset } from '../../../src/lib/calculators/calculator';
import { engagementCalculator } from '../../../src/lib/calculators/engagement-calculator';
import { funnelCalculator } from '../../../src/lib/calculators/funnel-calculator';
import {
  MAX_VALUE_LENGTH,
  isValidInstanceId,
  linkNotice,
  readInstanceLink,
  readInstanceState,
  sanitiseState,
  writeInstanceState,
} from '../../../src/lib/calculators/url-state';

describe('writeInstanceState', () => {
  it('writes the preset and only the values that differ from it', () => {
    const state = stateFromPreset(funnelCalculator, 'kledingmerk');
    state.values['likes'] = '2.000';
    const search = writeInstanceState('', 'a', state, funnelCalculator);
    const params = new URLSearchParams(search);
    expect(params.get('a.preset')).toBe('kledingmerk');
    expect(params.get('a.likes')).toBe('2.000');
    expect([...params.keys()]).toEqual(['a.preset', 'a.likes']);
  });
  it('leaves other parameters and other instances alone', () => {
    const b = writeInstanceState(
      '?q=likes&a.likes=5',
      'b',
      stateFromPreset(funnelCalculator, 'niche-expert'),
      funnelCalculator,
    );
    const params = new URLSearchParams(b);
    expect(params.get('q')).toBe('likes');
    expect(params.get('a.likes')).toBe('5');
    expect(params.get('b.preset')).toBe('niche-expert');
  });
  it('replaces what the instance wrote before', () => {
    const first = writeInstanceState('', 'a', { preset: 'kledingmerk', values: { likes: '9' } }, funnelCalculator);
    const second = writeInstanceState(first, 'a', stateFromPreset(funnelCalculator, 'kledingmerk'), funnelCalculator);
    expect(new URLSearchParams(second).get('a.likes')).toBeNull();
  });
  it('refuses an unusable instance id', () => {
    expect(writeInstanceState('?x=1', 'A B', stateFromPreset(funnelCalculator), funnelCalculator)).toBe('?x=1');
    expect(isValidInstanceId('a')).toBe(true);
    expect(isValidInstanceId('funnel-2')).toBe(true);
    expect(isValidInstanceId('')).toBe(false);
    expect(isValidInstanceId('1a')).toBe(false);
  });
});

describe('readInstanceState', () => {
  it('returns null when the URL says nothing about the instance', () => {
    expect(readInstanceState('?b.likes=5&q=x', 'a', funnelCalculator)).toBeNull();
    expect(readInstanceState('', 'a', funnelCalculator)).toBeNull();
  });
  it('restores a preset with its overrides', () => {
    const state = readInstanceState('?a.preset=niche-expert&a.likes=3.000', 'a', funnelCalculator);
    expect(state?.preset).toBe('niche-expert');
    expect(state?.values['likes']).toBe('3.000');
    expect(state?.values['order']).toBe(stateFromPreset(funnelCalculator, 'niche-expert').values['order']);
  });
  it('ignores unknown keys and presets, and keeps invalid text as typed (it is shown as input text only)', () => {
    const state = readInstanceState('?a.preset=hack&a.evil=1&a.likes=%3Cimg%20src%3Dx%3E', 'a', funnelCalculator);
    expect(state?.preset).toBe(funnelCalculator.defaultPreset);
    expect(state?.values['evil']).toBeUndefined();
    expect(state?.values['likes']).toBe('<img src=x>');
  });
  it('drops choices that are not among the options', () => {
    expect(readInstanceState('?e.bron=nope', 'e', engagementCalculator)).toBeNull();
    expect(readInstanceState('?e.bron=imf-2025-tiktok', 'e', engagementCalculator)?.values['bron']).toBe(
      'imf-2025-tiktok',
    );
  });
  it('does not take a value longer than a field holds (a cut number is another number), and strips control characters', () => {
    const long = readInstanceLink(`?a.likes=${'1'.repeat(500)}%00%0A&a.order=20`, 'a', funnelCalculator);
    expect(long.state?.values['likes']).toBe(stateFromPreset(funnelCalculator).values['likes']);
    expect(long.state?.values['order']).toBe('20');
    expect(long.problems).toEqual([{ kind: 'too-long', name: 'likes' }]);
    const ctl = readInstanceState('?a.likes=1%002', 'a', funnelCalculator);
    expect(ctl?.values['likes']).toBe('12');
  });
  it('round-trips any state whose values are short printable text', () => {
    const text = fc.string({ maxLength: MAX_VALUE_LENGTH }).filter((s) => !/[\u0000-\u001f\u007f-\u009f]/.test(s));
    fc.assert(
      fc.property(
        fc.constantFrom(...funnelCalculator.presets.map((p) => p.id)),
        fc.dictionary(fc.constantFrom(...funnelCalculator.fields.map((f) => f.id)), text),
        (preset, overrides) => {
          const state = { preset, values: { ...stateFromPreset(funnelCalculator, preset).values, ...overrides } };
          const search = writeInstanceState('?x=1', 'a', state, funnelCalculator);
          expect(readInstanceState(search, 'a', funnelCalculator)).toEqual(state);
        },
      ),
    );
  });
  it('never throws on any query string', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const state = readInstanceState(search, 'a', funnelCalculator);
        if (state) expect(typeof state.preset).toBe('string');
      }),
    );
  });
});

describe('sanitiseState', () => {
  it('turns anything into a valid state', () => {
    for (const input of [null, undefined, 42, 'x', [], { preset: 5 }, { values: 'x' }, { values: { likes: 5 } }]) {
      const state = sanitiseState(input, funnelCalculator);
      expect(state).toEqual(stateFromPreset(funnelCalculator));
    }
  });
  it('keeps known string values and drops the rest', () => {
    const state = sanitiseState(
      { preset: 'sportwagenpagina', values: { likes: '12', nope: 'x', order: 7 } },
      funnelCalculator,
    );
    expect(state.preset).toBe('sportwagenpagina');
    expect(state.values['likes']).toBe('12');
    expect(state.values['nope']).toBeUndefined();
    expect(state.values['order']).toBe(stateFromPreset(funnelCalculator, 'sportwagenpagina').values['order']);
  });
});

describe('readInstanceLink: what a link did not give (issue 24, item 7)', () => {
  it('takes the first of a parameter given twice, and says so', () => {
    const r = readInstanceLink('?a.likes=1&a.likes=2&a.likes=3', 'a', funnelCalculator);
    expect(r.state?.values['likes']).toBe('1');
    expect(r.problems).toEqual([{ kind: 'duplicate', name: 'likes' }]);
    expect(linkNotice(r.problems, funnelCalculator)).toBe(
      'Niet alles uit de link is gebruikt: ‘Likes’ stond er twee keer in (we namen de eerste).',
    );
  });
  it('names an unknown preset, field and option in one line, and the preset it used instead', () => {
    const r = readInstanceLink('?a.preset=bakker&a.foo=1', 'a', funnelCalculator);
    expect(r.state).toBeNull();
    expect(linkNotice(r.problems, funnelCalculator)).toBe(
      'Niet alles uit de link is gebruikt: het voorbeeld ‘bakker’ bestaat niet (we namen ‘Kledingmerk’); ‘foo’ kent deze rekenhulp niet.',
    );
    const e = readInstanceLink('?e.platform=myspace', 'e', engagementCalculator);
    expect(linkNotice(e.problems, engagementCalculator)).toBe(
      'Niet alles uit de link is gebruikt: ‘myspace’ is geen keuze bij ‘Platform’.',
    );
  });
  it('has no notice for a link it took as written, and ignores other instances’ parameters', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...funnelCalculator.presets.map((p) => p.id)),
        fc.dictionary(
          fc.constantFrom(...funnelCalculator.fields.map((f) => f.id)),
          fc.string({ maxLength: MAX_VALUE_LENGTH }),
        ),
        (preset, values) => {
          const search = writeInstanceState('?b.likes=1&b.likes=2', 'a', { preset, values }, funnelCalculator);
          expect(readInstanceLink(search, 'a', funnelCalculator).problems).toEqual([]);
        },
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_PLAN,
  MAX_REEKS,
  PLAN_BLOCK_MINUTES,
  decodePlan,
  lessonsThatFit,
  parseAvailable,
  parseReeks,
  planPosition,
  planVerdict,
  plannedMinutes,
  reeksNeighbours,
  reeksQuery,
} from '../../../src/lib/workshop/plan';

const lessons = [
  { id: 'a', title: 'A', minutes: 20 },
  { id: 'b', title: 'B', minutes: 30 },
  { id: 'c', title: 'C', minutes: 10 },
];
const known = lessons.map((l) => l.id);

describe('parseReeks and reeksQuery', () => {
  it('keeps known lessons in the given order, once', () => {
    expect(parseReeks('?reeks=c,a,c,x,b', known)).toEqual(['c', 'a', 'b']);
    expect(parseReeks('?reeks=a%2Cb', known)).toEqual(['a', 'b']);
    expect(parseReeks('?reeks=', known)).toEqual([]);
    expect(parseReeks('', known)).toEqual([]);
    expect(parseReeks('?reeks=../../evil,javascript:alert(1)', known)).toEqual([]);
  });
  it('round-trips', () => {
    expect(parseReeks(reeksQuery(['b', 'c']), known)).toEqual(['b', 'c']);
    expect(reeksQuery(['a'])).toBe('');
    expect(reeksQuery([])).toBe('');
  });
  it('property: only known lessons, never more than the cap', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseReeks(`?reeks=${s}`, known);
        expect(r.every((x) => known.includes(x))).toBe(true);
        expect(r.length).toBeLessThanOrEqual(MAX_REEKS);
        expect(new Set(r).size).toBe(r.length);
      }),
    );
  });
});

describe('reeksNeighbours', () => {
  it('finds the lessons around', () => {
    expect(reeksNeighbours(['a', 'b', 'c'], 'b')).toEqual({ previous: 'a', next: 'c' });
    expect(reeksNeighbours(['a', 'b'], 'a')).toEqual({ next: 'b' });
    expect(reeksNeighbours(['a', 'b'], 'c')).toEqual({});
    expect(reeksNeighbours([], 'a')).toEqual({});
  });
});

describe('plannedMinutes and planPosition', () => {
  it('adds minutes of chosen lessons', () => {
    expect(plannedMinutes(['a', 'c'], lessons)).toBe(30);
    expect(plannedMinutes([], lessons)).toBe(0);
    expect(plannedMinutes(['x'], lessons)).toBe(0);
    expect(plannedMinutes(['a'], [{ id: 'a', title: 'A', minutes: Number.NaN }])).toBe(0);
    expect(plannedMinutes(['a'], [{ id: 'a', title: 'A', minutes: -5 }])).toBe(0);
  });
  it('places the trainer in the plan', () => {
    expect(planPosition([], 'b', lessons, 0, 11)).toEqual({ expected: 0, plan: 30 });
    expect(planPosition([], 'b', lessons, 10, 11)).toEqual({ expected: 30, plan: 30 });
    expect(planPosition(['a', 'b', 'c'], 'b', lessons, 5, 11)).toEqual({ expected: 35, plan: 60 });
    expect(planPosition(['a', 'c'], 'b', lessons, 5, 11)).toEqual({ expected: 15, plan: 30 });
    expect(planPosition([], 'b', lessons, 3, 1)).toEqual({ expected: 0, plan: 30 });
  });
});

describe('decodePlan', () => {
  it('reads a stored plan', () => {
    expect(decodePlan('{"chosen":["a","b"],"available":120}')).toEqual({ chosen: ['a', 'b'], available: 120 });
    expect(decodePlan('{"chosen":null,"available":60}')).toEqual({ chosen: null, available: 60 });
  });
  it('recovers from anything broken', () => {
    for (const raw of [
      null,
      '',
      '{',
      '[]',
      '42',
      'null',
      '{"chosen":[1],"available":90}',
      '{"chosen":["<b>"],"available":90}',
    ]) {
      const plan = decodePlan(raw);
      expect(plan.chosen === null || Array.isArray(plan.chosen)).toBe(true);
      expect(plan.available).toBe(DEFAULT_PLAN.available);
    }
    expect(decodePlan('{"chosen":["a"],"available":-5}')).toEqual({ chosen: ['a'], available: 90 });
    expect(decodePlan('{"chosen":["a"],"available":1e9}')).toEqual({ chosen: ['a'], available: 90 });
    expect(decodePlan('{"chosen":["a","a"],"available":90.5}')).toEqual({ chosen: ['a'], available: 90 });
  });
  it('property: never throws and always returns a usable plan', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const plan = decodePlan(raw);
        expect(plan.available).toBeGreaterThanOrEqual(15);
        expect(plan.available).toBeLessThanOrEqual(480);
      }),
    );
  });
});

describe('parseAvailable and planVerdict', () => {
  it('accepts whole minutes in range', () => {
    expect(parseAvailable(' 90 ')).toEqual({ minutes: 90 });
    expect(parseAvailable('15')).toEqual({ minutes: 15 });
    expect(parseAvailable('480')).toEqual({ minutes: 480 });
  });
  it('explains what is wrong, in Dutch', () => {
    expect(parseAvailable('')).toHaveProperty('error');
    expect(parseAvailable('1,5')).toHaveProperty('error');
    expect(parseAvailable('-10')).toHaveProperty('error');
    expect(parseAvailable('NaN')).toHaveProperty('error');
    expect(parseAvailable('10')).toEqual({ error: 'Reken op minstens 15 minuten.' });
    expect(parseAvailable('481')).toHaveProperty('error');
    expect(parseAvailable('99999')).toHaveProperty('error');
  });
  it('compares plan and time', () => {
    expect(planVerdict(60, 90)).toEqual({
      text: 'Je houdt 30 min over voor pauze, vragen en oefeningen.',
      over: false,
    });
    expect(planVerdict(150, 90)).toEqual({
      text: 'Dat is 1 uur meer dan je hebt. Laat een les weg of neem meer tijd.',
      over: true,
    });
    expect(planVerdict(0, 90).text).toBe('Kies minstens één les.');
    expect(planVerdict(25, 90).text).toContain('1 uur 5 min');
  });
});

describe('lessonsThatFit and the plan block', () => {
  const lessons = [
    { id: 'a', title: 'A', minutes: 12 },
    { id: 'b', title: 'B', minutes: 30 },
    { id: 'c', title: 'C', minutes: 8 },
  ];
  it('takes the lessons in order that fit, skipping one that does not', () => {
    expect(lessonsThatFit(lessons, 90)).toEqual(['a', 'b', 'c']);
    expect(lessonsThatFit(lessons, 25)).toEqual(['a', 'c']);
    expect(lessonsThatFit(lessons, 5)).toEqual([]);
    expect(lessonsThatFit(lessons, Number.NaN)).toEqual([]);
    expect(lessonsThatFit([], 90)).toEqual([]);
  });
  it('property: what fits never exceeds the time', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: fc.string(), title: fc.string(), minutes: fc.integer({ min: -5, max: 60 }) }), {
          selector: (l) => l.id,
        }),
        fc.integer({ min: -10, max: 500 }),
        (ls, available) => {
          const chosen = lessonsThatFit(ls, available);
          expect(plannedMinutes(chosen, ls)).toBeLessThanOrEqual(Math.max(0, available));
        },
      ),
    );
  });
  it('keeps the plan block only when it is exactly true', () => {
    expect(decodePlan('{"chosen":null,"available":60,"planBlock":true}')).toEqual({ chosen: null, available: 60, planBlock: true });
    expect(decodePlan('{"chosen":null,"available":60,"planBlock":"yes"}')).toEqual({ chosen: null, available: 60 });
    expect(PLAN_BLOCK_MINUTES).toBe(10);
  });
});

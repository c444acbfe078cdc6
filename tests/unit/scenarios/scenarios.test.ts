import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Property tests run the models (and the calculators' parsing) hundreds of times: give a busy machine room.
const SLOW = 30_000;
import { effortCalculator } from '../../../src/lib/calculators/effort-calculator';
import { engagementCalculator } from '../../../src/lib/calculators/engagement-calculator';
import { resolveForm } from '../../../src/lib/calculators/fields';
import { funnelCalculator } from '../../../src/lib/calculators/funnel-calculator';
import {
  kledingmerk as kledingmerkPreset,
  nicheExpert,
  sportwagenpagina,
} from '../../../src/lib/calculators/funnel-presets';
import type { CalculatorDefinition } from '../../../src/lib/calculators/calculator';
import type { EffortResult } from '../../../src/lib/calculators/effort';
import type { EngagementResult } from '../../../src/lib/calculators/engagement';
import type { FunnelResult } from '../../../src/lib/calculators/funnel';
import { wholeUp } from '../../../src/lib/calculators/money';
import { scenarioById, scenarios, figureValue } from '../../../src/lib/scenarios';
import { aanwezigheid, shopFields } from '../../../src/lib/scenarios/aanwezigheid';
import { calculatorSearch } from '../../../src/lib/scenarios/calculator-link';
import { valuesFromCalculator } from '../../../src/lib/scenarios/from-calculator';
import { kledingmerk } from '../../../src/lib/scenarios/kledingmerk';
import {
  clampInput,
  countWords,
  defaultValues,
  euro,
  inputText,
  num,
  outputOf,
  pct,
  shownTexts,
  stepInput,
  type Scenario,
  type ScenarioInput,
} from '../../../src/lib/scenarios/scenario';
import { fieldTextOf, readTyped } from '../../../src/lib/scenarios/typed';
import { expertInputs, funnelFieldTexts, vergiftigd } from '../../../src/lib/scenarios/vergiftigd';
import { yogastudio } from '../../../src/lib/scenarios/yogastudio';
import { formatCount } from '../../../src/lib/calculators/format-calculator';
import { customerValue, hoursPerYearFrom, timeCostPerYear } from '../../../src/lib/calculators/customer-value';
import { computeMoney } from '../../../src/lib/calculators/money';
import { boekhouders } from '../../../src/lib/scenarios/boekhouders';
import { fotograaf } from '../../../src/lib/scenarios/fotograaf';

/** A value any reader could give an input: inside its range, whole for counts, on a cent for money. */
function valueOf(input: ScenarioInput): fc.Arbitrary<number> {
  if (input.unit === 'count') return fc.integer({ min: input.min, max: Math.min(input.max, 1e7) });
  const max = Math.min(input.max, 1e6);
  return fc.integer({ min: Math.round(input.min * 100), max: Math.round(max * 100) }).map((c) => c / 100);
}

/** Any values for a scenario's inputs. */
function valuesFor(scenario: Scenario): fc.Arbitrary<Record<string, number>> {
  return fc.record(Object.fromEntries(scenario.inputs.map((i) => [i.id, valueOf(i)])));
}

/** A calculator's result for a scenario's values, through the calculator's own parsing of its fields. */
function calculatorResult<R>(def: CalculatorDefinition<R>, fields: Record<string, string>): R {
  const form = resolveForm(def.fields, fields);
  expect(form.issues).toEqual([]);
  return def.compute(form.values);
}

describe('every scenario', { timeout: SLOW }, () => {
  it.each(scenarios.map((s) => [s.id, s] as const))(
    '%s starts inside its own ranges and shows only real numbers',
    (_, s) => {
      for (const input of s.inputs) {
        expect(input.value).toBeGreaterThanOrEqual(input.min);
        expect(input.value).toBeLessThanOrEqual(input.max);
        expect(readTyped(input, fieldTextOf(input, input.value))).toEqual({ value: input.value });
      }
      for (const text of Object.values(shownTexts(s, defaultValues(s)))) {
        expect(text).not.toMatch(/NaN|Infinity|undefined|null/);
        expect(text.trim()).not.toBe('');
      }
    },
  );

  it.each(scenarios.map((s) => [s.id, s] as const))(
    '%s never shows NaN, Infinity or a blank, whatever the reader sets',
    (_, s) => {
      fc.assert(
        fc.property(valuesFor(s), (values) => {
          for (const text of Object.values(shownTexts(s, values))) {
            expect(text).not.toMatch(/NaN|Infinity|undefined|null/);
            expect(text.trim()).not.toBe('');
          }
          expect(s.summary(values)).not.toMatch(/NaN|Infinity|undefined/);
        }),
        { numRuns: 150 },
      );
    },
  );

  it('is found by id, and an unknown id or key fails loudly (a typo in a lesson breaks the build)', () => {
    expect(scenarioById('kledingmerk')).toBe(kledingmerk);
    expect(() => scenarioById('kledingmrek')).toThrow(/unknown scenario/);
    expect(() => outputOf(kledingmerk, 'omzet')).toThrow(/shows no "omzet"/);
    expect(figureValue({ s: 'kledingmerk', k: 'revenuePerLike' })).toBe(outputOf(kledingmerk, 'revenuePerLike'));
    expect(figureValue({ value: '10,1 mln' })).toBe('10,1 mln');
  });
});

describe('the examples and their calculators tell one story', { timeout: SLOW }, () => {
  it('lesson 4: for any values, the example shows the funnel calculator’s own results', () => {
    fc.assert(
      fc.property(valuesFor(kledingmerk), (values) => {
        const r = calculatorResult<FunnelResult>(funnelCalculator, kledingmerk.calculator!.fields(values));
        const shown = shownTexts(kledingmerk, values);
        expect(shown['revenue']).toBe(euro(r.revenue));
        expect(shown['net']).toBe(euro(r.net));
        expect(shown['visits']).toBe(formatCount(r.visits));
        expect(shown['clicks']).toBe(formatCount(r.clicks));
        expect(shown['purchases']).toBe(countWords(r.customers, 'aankoop', 'aankopen'));
        expect(shown['grossMargin']).toBe(euro(r.grossMargin));
        expect(shown['cost']).toBe(euro(r.cost));
      }),
      { numRuns: 120 },
    );
  });

  it('lesson 5: for any values, both businesses match the effort calculator', () => {
    fc.assert(
      fc.property(valuesFor(aanwezigheid), (values) => {
        const coach = calculatorResult<EffortResult>(effortCalculator, aanwezigheid.calculator!.fields(values));
        const shop = calculatorResult<EffortResult>(effortCalculator, shopFields(values));
        const shown = shownTexts(aanwezigheid, values);
        expect(shown['costPerMonth']).toBe(euro(coach.costPerMonth));
        expect(shown['costPerYear']).toBe(euro(coach.costPerYear));
        expect(shop.costPerMonth).toBe(coach.costPerMonth);
        if (coach.customersPerMonth !== null) {
          expect(shown['coachMonth']).toBe(countWords(wholeUp(coach.customersPerMonth), 'klant', 'klanten'));
        }
        if (shop.customersPerYear !== null) {
          expect(shown['shopYear']).toBe(countWords(wholeUp(shop.customersPerYear), 'klant', 'klanten'));
        }
      }),
      { numRuns: 120 },
    );
  });

  it('lesson 2: for any values, the example shows the engagement calculator’s rates', () => {
    fc.assert(
      fc.property(valuesFor(yogastudio), (values) => {
        const r = calculatorResult<EngagementResult>(engagementCalculator, yogastudio.calculator!.fields(values));
        const shown = shownTexts(yogastudio, values);
        expect(shown['rateFollowersPct']).toBe(pct(r.engagementRate));
        expect(shown['rateReachPct']).toBe(r.reachRate === null ? '–' : pct(r.reachRate));
      }),
      { numRuns: 120 },
    );
  });

  it('lesson 1: Victor’s and the expert’s revenue are the funnel calculator’s', () => {
    fc.assert(
      fc.property(valuesFor(vergiftigd), (values) => {
        const victor = calculatorResult<FunnelResult>(funnelCalculator, vergiftigd.calculator!.fields(values));
        const expert = calculatorResult<FunnelResult>(funnelCalculator, funnelFieldTexts(expertInputs(values)));
        const shown = shownTexts(vergiftigd, values);
        expect(shown['vRevenue']).toBe(euro(victor.revenue));
        expect(shown['eRevenue']).toBe(euro(expert.revenue));
      }),
      { numRuns: 120 },
    );
  });

  it('the calculator presets of the same name are the examples’ values', () => {
    const fields = (s: Scenario) => s.calculator!.fields(defaultValues(s));
    expect(kledingmerkPreset.values).toEqual(fields(kledingmerk));
    expect(effortCalculator.presets.find((p) => p.id === 'coach')?.values).toEqual(fields(aanwezigheid));
    expect(effortCalculator.presets.find((p) => p.id === 'webshop')?.values).toEqual(
      shopFields(defaultValues(aanwezigheid)),
    );
    expect(engagementCalculator.presets.find((p) => p.id === 'yogastudio')?.values).toEqual(fields(yogastudio));
    // The effort presets' descriptions name the example's own numbers, as the lesson writes them.
    const say = (id: string) =>
      inputText(
        aanwezigheid.inputs.find((i) => i.id === id)!,
        defaultValues(aanwezigheid)[id]!,
      );
    const described = (id: string) => effortCalculator.presets.find((p) => p.id === id)?.description ?? '';
    for (const id of ['uren', 'order', 'marge']) expect(described('coach')).toContain(say(id));
    for (const id of ['shopOrder', 'shopMarge']) expect(described('webshop')).toContain(say(id));
    // The lesson 1 presets add their own margin and costs to the example's funnel.
    const funnelOnly = ['likes', 'bereik', 'bezoek', 'koop', 'order'];
    const pick = (v: Readonly<Record<string, string>>) => Object.fromEntries(funnelOnly.map((k) => [k, v[k]]));
    expect(pick(sportwagenpagina.values)).toEqual(pick(fields(vergiftigd)));
    expect(pick(nicheExpert.values)).toEqual(pick(funnelFieldTexts(expertInputs(defaultValues(vergiftigd)))));
  });

  it('lesson 4 reproduces the article’s counts from its shares, and says what 5 % and 6,25 % each count', () => {
    const shown = shownTexts(kledingmerk, defaultValues(kledingmerk));
    // The article's own numbers (Jasper de Vries): 200 visitors, 50 clicks, 5 buyers via the ad at € 50, 3 via the site.
    expect([shown['visits'], shown['clicks'], shown['viaAd'], shown['viaSite']]).toEqual(['200', '50', '5', '3']);
    expect(shown['revenueViaAd']).toBe(euro(5 * 50));
    // Ours: the ad reaches the likers who did not visit (50 of 800); of all likers it would be 50 of 1.000.
    expect(shown['klik']).toBe(pct(50 / 800));
    expect(shown['clicksOfAllLikers']).toBe(pct(50 / 1000));
  });
});

describe('lessons 3 and 7: the year’s hours against customers', { timeout: SLOW }, () => {
  it('lesson 3: for any values, the accountants’ numbers are the model’s, and the sums in the text add up', () => {
    fc.assert(
      fc.property(valuesFor(boekhouders), (v) => {
        const shown = shownTexts(boekhouders, v);
        const cost = timeCostPerYear(v['uren']!, v['tarief']!);
        const value = customerValue(v['jaarbedrag']!, v['jaren']!);
        const first = computeMoney({ customers: v['klanten']!, orderValue: v['jaarbedrag']!, margin: 1, cost, likes: 0 });
        const all = computeMoney({ customers: v['klanten']!, orderValue: value, margin: 1, cost, likes: 0 });
        expect(shown['hoursPerYear']).toBe(`${num(hoursPerYearFrom(v['uren']!), 2)} uur`);
        expect(shown['timeCost']).toBe(euro(cost));
        expect(shown['firstYear']).toBe(euro(first.revenue));
        expect(shown['customerValue']).toBe(euro(value));
        expect(shown['allYears']).toBe(euro(all.revenue));
        // "5 × € 1.200 = € 6.000" and "5 × € 3.600 = € 18.000": whole customers times cents, so exact.
        const cents = (x: number) => Math.round(x * 100);
        expect(cents(first.revenue)).toBe(v['klanten']! * cents(v['jaarbedrag']!));
        expect(cents(all.revenue)).toBe(v['klanten']! * cents(value));
        expect(shown['klanten']).toBe(countWords(v['klanten']!, 'klant', 'klanten'));
        // The verdict names the gap between the first year and the hours, on the right side.
        const gap = euro(Math.abs(first.net));
        const verdict = shown['firstYearVerdict']!;
        if (first.net < 0) expect(verdict).toMatch(new RegExp(`^Dat is ${gap} te weinig`));
        else if (first.net > 0) expect(verdict).toContain(`met ${gap} over`);
        else expect(verdict).toMatch(/^Precies genoeg/);
        expect(verdict).toContain(`(${euro(cost)})`);
      }),
      { numRuns: 150 },
    );
  });

  it('lesson 3 starts on the lesson’s own story: € 6.240 of time, € 6.000 then € 18.000 from 5 customers', () => {
    const shown = shownTexts(boekhouders, defaultValues(boekhouders));
    expect(shown['hoursPerYear']).toBe(`${2 * 52} uur`);
    expect(shown['timeCost']).toBe(euro(2 * 52 * 60));
    expect(shown['firstYear']).toBe(euro(5 * 1200));
    expect(shown['customerValue']).toBe(euro(3 * 1200));
    expect(shown['allYears']).toBe(euro(5 * 3 * 1200));
    expect(shown['firstYearVerdict']).toMatch(/te weinig/);
    expect([shown['followersA'], shown['followersB'], shown['likesA'], shown['likesB']]).toEqual([
      '3.000 volgers',
      '450 volgers',
      '45 likes',
      '12 likes',
    ]);
    expect(shown['followersTimes']).toBe(`${formatCount(3000 / 450)} keer`);
    expect(shown['likesTimes']).toBe(`${formatCount(45 / 12)} keer`);
    // Route B's customers come from her conversations: never more than she had.
    expect(boekhouders.inputs.find((i) => i.id === 'klanten')!.max).toBe(9);
  });

  it('lesson 3: one customer is "1 klant", and without customers route B has none', () => {
    const shown = shownTexts(boekhouders, { ...defaultValues(boekhouders), klanten: 1 });
    expect(shown['klanten']).toBe('1 klant');
    const none = shownTexts(boekhouders, { ...defaultValues(boekhouders), klanten: 0 });
    expect(none['closing']).not.toMatch(/heeft de klanten/);
    expect(none['firstYearVerdict']).toContain(euro(2 * 52 * 60));
  });

  it('lesson 7: for any values, Lotte’s cost is the model’s and her jobs are the fewest that cover it', () => {
    fc.assert(
      fc.property(valuesFor(fotograaf), (v) => {
        const shown = shownTexts(fotograaf, v);
        const cost = timeCostPerYear(v['uren']!, v['tarief']!);
        expect(shown['timeCost']).toBe(euro(cost));
        expect(shown['hoursPerYear']).toBe(`${num(hoursPerYearFrom(v['uren']!), 2)} uur`);
        const job = v['opdracht']!;
        if (job === 0) {
          expect(shown['jobs']).toMatch(/^meer opdrachten dan er ooit komen/);
          return;
        }
        const jobs = wholeUp(cost / job);
        expect(shown['jobs']).toBe(countWords(jobs, 'opdracht', 'opdrachten'));
        // Enough jobs to cover the year, and one fewer would not be (in cents, so no rounding decides it).
        const cents = (x: number) => Math.round(x * 100);
        expect(jobs * cents(job)).toBeGreaterThanOrEqual(cents(cost));
        if (jobs > 0) expect((jobs - 1) * cents(job)).toBeLessThan(cents(cost));
      }),
      { numRuns: 150 },
    );
  });

  it('lesson 7 starts on the lesson’s own story: 260 hours, € 14.300, 32 jobs; one job is "1 opdracht"', () => {
    const shown = shownTexts(fotograaf, defaultValues(fotograaf));
    expect(shown['hoursPerYear']).toBe(`${5 * 52} uur`);
    expect(shown['timeCost']).toBe(euro(5 * 52 * 55));
    expect(shown['jobs']).toBe(`${Math.ceil((5 * 52 * 55) / 450)} opdrachten`);
    expect(shownTexts(fotograaf, { ...defaultValues(fotograaf), opdracht: 20_000 })['jobs']).toBe('1 opdracht');
  });
});

describe('inputs', { timeout: SLOW }, () => {
  const likes = kledingmerk.inputs.find((i) => i.id === 'likes')!;
  const klik = kledingmerk.inputs.find((i) => i.id === 'klik')!;

  it('step by their step, ten with Shift, and stay in range', () => {
    expect(stepInput(likes, 1000, 1)).toBe(1100);
    expect(stepInput(likes, 1000, -1, true)).toBe(0);
    expect(stepInput(likes, 0, -1)).toBe(0);
    expect(stepInput(klik, 6.25, 1)).toBe(6.5);
    expect(stepInput(klik, 100, 1)).toBe(100);
    // A typed value off the grid steps to the next grid point in that direction.
    expect(stepInput(likes, 1050, 1)).toBe(1100);
    expect(stepInput(likes, 1050, -1)).toBe(1000);
  });

  it('never step outside their range or off a finite number (property)', () => {
    const all = scenarios.flatMap((s) => s.inputs);
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        fc.oneof(fc.double(), fc.constant(Number.NaN), fc.constant(1e300)),
        fc.constantFrom<1 | -1>(1, -1),
        fc.boolean(),
        (input, value, direction, big) => {
          const next = stepInput(input, value, direction, big);
          expect(Number.isFinite(next)).toBe(true);
          expect(next).toBeGreaterThanOrEqual(input.min);
          expect(next).toBeLessThanOrEqual(input.max);
        },
      ),
    );
  });

  it('clamp NaN, negatives and huge values', () => {
    expect(clampInput(likes, Number.NaN)).toBe(0);
    expect(clampInput(likes, -5)).toBe(0);
    expect(clampInput(likes, 1e300)).toBe(likes.max);
  });

  it('read typed Dutch numbers exactly as the calculators do, with a Dutch message otherwise', () => {
    expect(readTyped(likes, '2.500')).toEqual({ value: 2500 });
    expect(readTyped(klik, '7,5')).toEqual({ value: 7.5 });
    expect(readTyped(likes, '')).toEqual({ message: 'Vul een getal in.' });
    expect(readTyped(likes, 'veel')).toHaveProperty('message', expect.stringMatching(/lezen we niet/));
    expect(readTyped(likes, '-5')).toHaveProperty('message', 'Dit kan niet negatief zijn.');
    expect(readTyped(klik, '150')).toHaveProperty('message', expect.stringMatching(/niet hoger zijn dan 100/));
    expect(readTyped(likes, '1,000')).toHaveProperty('message', expect.stringMatching(/^Bedoel je/));
  });

  it('say their value in Dutch, with the noun in the right number', () => {
    const berichten = scenarioById('tweets').inputs.find((i) => i.id === 'berichten')!;
    expect(inputText(berichten, 1)).toBe('1 bericht');
    expect(inputText(berichten, 22)).toBe('22 berichten');
    expect(inputText(klik, 6.25)).toBe('6,25\u00a0%');
    expect(
      inputText(
        kledingmerk.inputs.find((i) => i.id === 'order')!,
        50,
      ),
    ).toBe('€\u00a050');
  });
});

describe('words and amounts', () => {
  it('count with the noun in the right number', () => {
    expect(countWords(1, 'klant', 'klanten')).toBe('1 klant');
    expect(countWords(2, 'klant', 'klanten')).toBe('2 klanten');
    expect(countWords(0, 'klant', 'klanten')).toBe('0 klanten');
    expect(countWords(2.4, 'klant', 'klanten')).toBe('2,4 klanten');
  });

  it('write euros as an example does', () => {
    expect(euro(1220)).toBe('€\u00a01.220');
    expect(euro(0.4)).toBe('€\u00a00,40');
    expect(euro(-10)).toBe('-€\u00a010');
    expect(euro(0)).toBe('€\u00a00');
    expect(euro(0.0025)).toBe('€\u00a00,0025');
    expect(euro(Number.NaN)).toBe('–');
    expect(euro(1e15)).not.toMatch(/e\+/);
  });

  it('follow the sign of what is left: "over" and "winst", or "tekort" and "verlies"', () => {
    const values = { ...defaultValues(kledingmerk), ads: 500 };
    const shown = shownTexts(kledingmerk, values);
    expect(shown['netLabel']).toBe('Tekort');
    expect(shown['netPerLikeWord']).toBe('verlies');
    expect(shownTexts(kledingmerk, defaultValues(kledingmerk))['netLabel']).toBe('Over');
  });
});

describe('links between an example and its calculator', { timeout: SLOW }, () => {
  it('"Verder rekenen" opens the preset, carrying only what the reader changed', () => {
    expect(calculatorSearch(kledingmerk, defaultValues(kledingmerk))).toBe('?a.preset=kledingmerk');
    const search = new URLSearchParams(calculatorSearch(kledingmerk, { ...defaultValues(kledingmerk), likes: 2000 }));
    expect(search.get('a.likes')).toBe('2.000');
    expect(search.get('a.marge')).toBeNull();
    expect(calculatorSearch(scenarioById('tweets'), defaultValues(scenarioById('tweets')))).toBe('');
  });

  it('"Met mijn cijfers" takes the calculator’s usable fields back, and keeps the rest (property)', () => {
    fc.assert(
      fc.property(valuesFor(kledingmerk), (values) => {
        const back = valuesFromCalculator(
          kledingmerk,
          kledingmerk.calculator!.fields(values),
          defaultValues(kledingmerk),
        );
        // `extra` (reach in people) has no calculator field of its name: it stays the example's.
        expect(back).toEqual({ ...values, extra: defaultValues(kledingmerk)['extra'] });
      }),
      { numRuns: 80 },
    );
    const kept = valuesFromCalculator(kledingmerk, { likes: 'veel' }, defaultValues(kledingmerk));
    expect(kept).toEqual(defaultValues(kledingmerk));
  });
});

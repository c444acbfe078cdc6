/**
 * What the calculators say around their numbers (issue 24): for random inputs, no sentence states a number
 * the page also contradicts, nouns agree with their numbers, shown parts add up to shown totals, and the
 * effort page's link carries every input the funnel uses, at the field's precision.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeEffort, type EffortInputs } from '../../../src/lib/calculators/effort';
import { funnelLinkFor, LINKED_FUNNEL_FIELDS } from '../../../src/lib/calculators/effort-link';
import {
  effortCustomersCell,
  effortCustomersSentence,
  effortHeadline,
  effortLikesSentence,
} from '../../../src/lib/calculators/effort-sentences';
import { resolveForm, type NumberField } from '../../../src/lib/calculators/fields';
import { computeFunnel, funnelFields, type FunnelInputs, type FunnelResult } from '../../../src/lib/calculators/funnel';
import { funnelCalculator } from '../../../src/lib/calculators/funnel-calculator';
import { kledingmerk } from '../../../src/lib/calculators/funnel-presets';
import {
  funnelBreakEvenCell,
  funnelGoalSeek,
  funnelHeadline,
  funnelVerdict,
} from '../../../src/lib/calculators/funnel-sentences';
import { wholeUp } from '../../../src/lib/calculators/money';
import { parseDutchNumber } from '../../../src/lib/calculators/parse-number';
import { readInstanceState } from '../../../src/lib/calculators/url-state';
import { formatEuro } from '../../../src/lib/format';

const cents = (max: number) => fc.integer({ min: 0, max: Math.round(max * 100) }).map((c) => c / 100);
const rate = fc.oneof(
  fc.constant(0),
  fc.constant(1),
  fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000),
);
/** Inputs a reader could type: few likes often (0, 1, 3), rates to 0,01 %, money in cents. */
const funnelInputs: fc.Arbitrary<FunnelInputs> = fc.record({
  likes: fc.oneof(fc.constantFrom(0, 1, 3), fc.integer({ min: 0, max: 1_000_000 })),
  reachPerLike: fc.integer({ min: 0, max: 20 }),
  visitRate: rate,
  retargetClickRate: rate,
  clickConversion: rate,
  visitConversion: rate,
  withoutLike: rate,
  orderValue: fc.oneof(fc.constant(0), cents(2000)),
  margin: rate,
  adSpend: fc.oneof(fc.constant(0), cents(5000)),
  tools: fc.oneof(fc.constant(0), cents(500)),
  hours: fc.oneof(fc.constant(0), cents(100)),
  hourlyRate: fc.oneof(fc.constant(0), cents(200)),
});

const effortInputs: fc.Arbitrary<EffortInputs> = fc.record({
  hoursPerWeek: fc.oneof(fc.constant(0), cents(60)),
  hourlyRate: fc.oneof(fc.constant(0), cents(200)),
  toolsPerMonth: fc.oneof(fc.constant(0), cents(500)),
  adsPerMonth: fc.oneof(fc.constant(0), cents(5000)),
  orderValue: fc.oneof(fc.constant(0), cents(2000)),
  margin: rate,
});

/** Every count with a noun in a text agrees: "1 klant", "2 klanten", never "1 likes" or "0 klant". */
function expectAgreement(text: string): void {
  for (const m of text.matchAll(/(?<![\d.,])(\d[\d.]*(?:,\d+)?) (klanten|klant|likes|like|volgers|volger)\b/g)) {
    const singular = ['klant', 'like', 'volger'].includes(m[2] ?? '');
    expect(singular, `${m[0]} in: ${text}`).toBe(m[1] === '1');
  }
}

/** Whole cents, so sums are exact. */
// toPrecision first: 33,105 × 100 is 3310,4999… in binary, and a person rounds it to 3311.
const c = (amount: number) => Math.round(Number((amount * 100).toPrecision(15)));

function funnelTexts(r: FunnelResult): string[] {
  return [funnelHeadline(r), funnelVerdict(r), funnelGoalSeek(r), funnelBreakEvenCell(r)];
}

describe('the funnel’s sentences', () => {
  it('agree nouns with numbers and never say a negative amount is left over', () => {
    fc.assert(
      fc.property(funnelInputs, (input) => {
        for (const text of funnelTexts(computeFunnel(input))) {
          expectAgreement(text);
          expect(text).not.toMatch(/€\s?-/);
          expect(text).not.toMatch(/NaN|Infinity|–/);
        }
      }),
    );
  });
  it('withhold the amount per like with 0 likes, and say why', () => {
    fc.assert(
      fc.property(funnelInputs, (input) => {
        const headline = funnelHeadline(computeFunnel({ ...input, likes: 0 }));
        expect(headline).not.toMatch(/€[^.]*per like/);
        expect(headline).toMatch(/Een bedrag per like is er zonder likes niet\./);
      }),
    );
  });
  it('state the same break-even in likes whatever the likes typed: one more like never contradicts it', () => {
    fc.assert(
      fc.property(funnelInputs, fc.integer({ min: 0, max: 1000 }), (input, more) => {
        const seek = (likes: number) => funnelGoalSeek(computeFunnel({ ...input, likes })).split('. ')[0];
        expect(seek(input.likes + 1)).toBe(seek(input.likes));
        expect(seek(more)).toBe(seek(0));
      }),
    );
  });
  it('are quitte at the stated break-even likes, and not before', () => {
    fc.assert(
      fc.property(funnelInputs, (input) => {
        const r = computeFunnel(input);
        if (r.cost === 0 || r.breakEvenLikes === null) return;
        const likes = wholeUp(r.breakEvenLikes);
        if (likes > 1e9) return;
        const at = computeFunnel({ ...input, likes });
        expect(at.net, funnelGoalSeek(r)).toBeGreaterThanOrEqual(0);
        expect(funnelVerdict(at)).toMatch(/^De marge dekt de .* aan kosten, met/);
        if (likes >= 1) expect(computeFunnel({ ...input, likes: likes - 1 }).net).toBeLessThanOrEqual(0);
      }),
    );
  });
  it('say "tekort" in the headline exactly when the verdict does', () => {
    fc.assert(
      fc.property(funnelInputs, (input) => {
        const r = computeFunnel(input);
        expect(/tekort/.test(funnelHeadline(r))).toBe(/tekort/.test(funnelVerdict(r)));
        expect(/tekort/.test(funnelHeadline(r))).toBe(r.net < 0);
      }),
    );
  });
  it('show parts that add up to the shown totals, to the cent', () => {
    fc.assert(
      fc.property(funnelInputs, (input) => {
        const r = computeFunnel(input);
        expect(c(r.revenueViaAd) + c(r.revenueViaSite)).toBe(c(r.totalRevenue));
        expect(c(r.totalRevenue) - c(r.revenueWithoutLike)).toBe(c(r.revenue));
        expect(c(r.grossMargin) - c(r.cost)).toBe(c(r.net));
        expect(formatEuro(r.revenue)).toBe(formatEuro(c(r.revenue) / 100));
      }),
    );
  });
  it('Quitte bij: no "0 klanten" without costs, and "1 klant" for one', () => {
    const kleding = {
      ...computeFunnel({
        likes: 1000,
        reachPerLike: 5,
        visitRate: 0.2,
        retargetClickRate: 0.0625,
        clickConversion: 0.1,
        visitConversion: 0.015,
        withoutLike: 0,
        orderValue: 50,
        margin: 0.5,
        adSpend: 0,
        tools: 0,
        hours: 0,
        hourlyRate: 0,
      }),
    };
    expect(funnelBreakEvenCell(kleding)).toBe('geen kosten: je bent altijd quitte');
    expect(funnelBreakEvenCell({ ...kleding, cost: 20, breakEvenCustomers: 0.8, breakEvenLikes: 100 })).toBe(
      '1 klant, ofwel zo’n 100 likes',
    );
  });
});

describe('the effort page’s sentences and link', () => {
  it('withhold customers and likes when an order leaves nothing, and say so in both places', () => {
    fc.assert(
      fc.property(effortInputs, (input) => {
        const free = { ...input, orderValue: 0 };
        const r = computeEffort(free);
        const link = funnelLinkFor(free, r);
        const texts = [effortCustomersSentence(r, 0, free.margin * 100), effortLikesSentence(r, link)];
        for (const text of texts) expect(text).not.toMatch(/\d (klant|klanten|like|likes)\b/);
        if (r.costPerMonth > 0) {
          expect(effortCustomersCell(r, 'month')).toBe('niet haalbaar');
          expect(link.likesPerMonth).toBeNull();
        }
      }),
    );
  });
  it('agree nouns with numbers in every sentence', () => {
    fc.assert(
      fc.property(effortInputs, (input) => {
        const r = computeEffort(input);
        const link = funnelLinkFor(input, r);
        for (const text of [
          effortHeadline(r),
          effortCustomersSentence(r, input.orderValue, input.margin * 100),
          effortLikesSentence(r, link),
        ]) {
          expectAgreement(text);
        }
      }),
    );
  });
  it('show time + tools + ads as the month and 12 × month as the year, to the cent', () => {
    fc.assert(
      fc.property(effortInputs, (input) => {
        const r = computeEffort(input);
        expect(c(r.timeCostPerMonth) + c(r.toolsPerMonth) + c(r.adsPerMonth)).toBe(c(r.costPerMonth));
        expect(12 * c(r.costPerMonth)).toBe(c(r.costPerYear));
        // Hours shown × rate, rounded as a person rounds (8155,305 is 8155,31, whatever its binary form).
        expect(c(r.hoursPerMonth * input.hourlyRate)).toBe(c(r.timeCostPerMonth));
      }),
    );
  });
  it('links with every input the funnel’s cost and break-even use, read back at the field’s precision', () => {
    fc.assert(
      fc.property(effortInputs, (input) => {
        const r = computeEffort(input);
        const link = funnelLinkFor(input, r);
        const state = readInstanceState(link.search, 'a', funnelCalculator);
        expect(state).not.toBeNull();
        if (!state) return;
        const read = (id: string) => {
          const field = funnelFields.find((f) => f.id === id) as NumberField;
          const p = parseDutchNumber(state.values[id] ?? '', { money: field.unit === 'euro' });
          return p.status === 'number' ? p.value : Number.NaN;
        };
        const expected: Record<(typeof LINKED_FUNNEL_FIELDS)[number], number> = {
          uren: r.hoursPerMonth,
          tarief: input.hourlyRate,
          tools: r.toolsPerMonth,
          ads: r.adsPerMonth,
          order: input.orderValue,
          marge: Number((input.margin * 100).toPrecision(15)),
        };
        for (const id of LINKED_FUNNEL_FIELDS) expect(read(id), id).toBe(expected[id]);
        // Hours arrive as a person types them: at most two decimals.
        expect(state.values['uren']).toMatch(/^\d+(,\d{1,2})?$|^\d{1,3}(\.\d{3})+(,\d{1,2})?$/);
        // The funnel's other inputs are the clothing brand's.
        for (const f of funnelFields) {
          if (!(LINKED_FUNNEL_FIELDS as readonly string[]).includes(f.id))
            expect(state.values[f.id]).toBe(kledingmerk.values[f.id]);
        }
        // So the funnel shows what the effort page showed: cost, customers and likes to break even.
        const form = resolveForm(funnelCalculator.fields, state.values);
        expect(form.complete).toBe(true);
        const f = funnelCalculator.compute(form.values);
        expect(f.cost).toBe(r.costPerMonth);
        expect(f.breakEvenCustomers === null ? null : wholeUp(f.breakEvenCustomers)).toBe(
          r.customersPerMonth === null ? null : wholeUp(r.customersPerMonth),
        );
        expect(f.breakEvenLikes === null ? null : wholeUp(f.breakEvenLikes)).toBe(link.likesPerMonth);
      }),
    );
  });
});

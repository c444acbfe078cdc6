/**
 * The effort and cost calculator: hours, rate, tools and ads → cost per month and per year, and the number
 * of customers it takes to earn that back; links on to the funnel. Math in src/lib/effort.ts.
 */
import { isPresetUnchanged } from '../../lib/calculators/calculator';
import { effortCalculator } from '../../lib/calculators/effort-calculator';
import { withBase } from '../../lib/base';
import { effortInputsFrom, HOURS_DECIMALS, type EffortResult } from '../../lib/calculators/effort';
import { funnelLinkFor } from '../../lib/calculators/effort-link';
import {
  effortCustomersCell,
  effortCustomersSentence,
  effortHeadline,
  effortLikesSentence,
} from '../../lib/calculators/effort-sentences';
import { numberOf } from '../../lib/calculators/fields';
import { formatEuro, formatNumber, formatPercent } from '../../lib/format';
import { Announcer } from './calculator/Announcer';
import { FieldGroup } from './calculator/FieldGroup';
import { FormIssues, issueText } from './calculator/FormIssues';
import { LinkNotice } from './calculator/LinkNotice';
import { PresetPicker } from './calculator/PresetPicker';
import { ShareLink } from './calculator/ShareLink';
import { useCalculator } from './calculator/use-calculator';
import './calculator/calculator.css';

interface Props {
  id: string;
  preset?: string | undefined;
  headingLevel?: 2 | 3;
  share?: boolean;
}

/** The results for a complete form: cost, customers to earn it back, likes, the link to the funnel. */
function EffortOutcome({
  r,
  order,
  margin,
  values,
}: {
  r: EffortResult;
  order: number;
  margin: number;
  values: Readonly<Record<string, number | null | string>>;
}) {
  const link = funnelLinkFor(effortInputsFrom(values), r);
  return (
    <>
      <p class="calc__headline" data-testid="headline">
        {effortHeadline(r)}
      </p>
      <p class="calc__verdict" data-testid="customers-sentence">
        {effortCustomersSentence(r, order, margin)}
      </p>
      <table class="calc__table">
        <caption class="visually-hidden">Kosten en terugverdienen in cijfers</caption>
        <tbody>
          <tr>
            <th scope="row">
              Uren per maand <span class="calc__note">(uren per week × 52 ÷ 12)</span>
            </th>
            <td data-testid="hours-month">{formatNumber(r.hoursPerMonth, HOURS_DECIMALS)}</td>
          </tr>
          <tr>
            <th scope="row">Je tijd (uren × uurtarief)</th>
            <td data-testid="time-month">{formatEuro(r.timeCostPerMonth)}</td>
          </tr>
          <tr>
            <th scope="row">Tools</th>
            <td>{formatEuro(r.toolsPerMonth)}</td>
          </tr>
          <tr>
            <th scope="row">Advertenties</th>
            <td>{formatEuro(r.adsPerMonth)}</td>
          </tr>
          <tr class="calc__row--total">
            <th scope="row">Kosten per maand</th>
            <td data-testid="cost-month">{formatEuro(r.costPerMonth)}</td>
          </tr>
          <tr class="calc__row--total">
            <th scope="row">Kosten per jaar</th>
            <td data-testid="cost-year">{formatEuro(r.costPerYear)}</td>
          </tr>
          <tr>
            <th scope="row">Deel daarvan dat je eigen tijd is</th>
            <td>{formatPercent(r.timeShare, 0)}</td>
          </tr>
          <tr>
            <th scope="row">Wat één klant overlaat (order × marge)</th>
            <td>{formatEuro(r.earnedPerCustomer)}</td>
          </tr>
          <tr class="calc__row--total">
            <th scope="row">Klanten nodig per maand</th>
            <td data-testid="customers-month">{effortCustomersCell(r, 'month')}</td>
          </tr>
          <tr>
            <th scope="row">Klanten nodig per jaar</th>
            <td data-testid="customers-year">{effortCustomersCell(r, 'year')}</td>
          </tr>
        </tbody>
      </table>
      <p data-testid="likes-needed">
        {effortLikesSentence(r, link)}{' '}
        <a href={`${withBase('/rekenhulpen/like-naar-euro/')}${link.search}`}>
          Reken het na in de rekenhulp Van like naar euro, met je uren, uurtarief, tools, advertenties, orderbedrag en
          marge van één maand
        </a>
        .
      </p>
    </>
  );
}

export default function EffortCalculator({ id, preset, headingLevel = 2, share = false }: Props) {
  const { instance, state, form, result: r, rootRef, linkNotice } = useCalculator(effortCalculator, id, preset);
  const Sub = headingLevel === 2 ? 'h2' : 'h3';
  const order = numberOf(form.values, 'order');
  const margin = numberOf(form.values, 'marge');
  const announcement = [
    form.issues.map(issueText).join(' '),
    r ? effortHeadline(r) : '',
    r ? effortCustomersSentence(r, order, margin) : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <section ref={rootRef} class="calc calc--effort" aria-label="Rekenhulp inspanning en kosten">
      <PresetPicker
        presets={effortCalculator.presets}
        current={state.preset}
        unchanged={isPresetUnchanged(effortCalculator, state)}
        onChoose={(p) => instance.choosePreset(p)}
        label="Kies een voorbeeld"
      />
      <form class="calc__form" onSubmit={(e) => e.preventDefault()} aria-label="Invoer">
        <FieldGroup
          legend="Wat je erin stopt, en wat een klant oplevert"
          fields={effortCalculator.fields}
          idPrefix={id}
          values={state.values}
          checks={form.checks}
          onChange={(fieldId, raw) => instance.setField(fieldId, raw)}
        />
      </form>

      <div class="calc__results">
        <Sub class="calc__results-title">Uitkomst</Sub>
        <LinkNotice text={linkNotice} />
        <FormIssues issues={form.issues} />
        {r && <EffortOutcome r={r} order={order} margin={margin} values={form.values} />}
        {share && <ShareLink />}
      </div>
      <Announcer text={announcement} />
    </section>
  );
}

/**
 * The effort and cost calculator: hours, rate, tools and ads → cost per month and per year, and the number
 * of customers it takes to earn that back; links on to the funnel. Math in src/lib/effort.ts.
 */
import { effortCalculator } from '../../lib/effort-calculator';
import { withBase } from '../../lib/base';
import { effortInputsFrom, wholeCustomers, type EffortResult } from '../../lib/effort';
import { funnelLinkFor } from '../../lib/effort-link';
import { numberOf } from '../../lib/fields';
import { formatEuro, formatNumber, formatPercent } from '../../lib/format';
import { formatEuroPerUnit } from '../../lib/format-calculator';
import { Announcer } from './calculator/Announcer';
import { FieldGroup } from './calculator/FieldGroup';
import { FormIssues, issueText } from './calculator/FormIssues';
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

function headline(r: EffortResult): string {
  return `Social media kost je zo’n ${formatEuro(r.costPerMonth)} per maand, ofwel ${formatEuro(r.costPerYear)} per jaar.`;
}

function customersSentence(r: EffortResult, order: number, margin: number): string {
  if (r.customersPerMonth === null) {
    return 'Met een orderbedrag of marge van 0 verdien je dit nooit terug: vul in wat een klant je oplevert.';
  }
  const perMonth = wholeCustomers(r.customersPerMonth);
  const perYear = wholeCustomers(r.customersPerYear ?? 0);
  if (perMonth === 0) return 'Zonder kosten hoef je niets terug te verdienen. Tel je eigen uren wel mee.';
  return `Om dat terug te verdienen heb je ${formatNumber(perMonth)} ${perMonth === 1 ? 'klant' : 'klanten'} per maand nodig (${formatNumber(perYear)} per jaar): een order van ${formatEuro(order)} met ${formatPercent(margin / 100, 1)} marge laat ${formatEuro(r.earnedPerCustomer)} per klant over.`;
}

export default function EffortCalculator({ id, preset, headingLevel = 2, share = false }: Props) {
  const { instance, state, form, result: r } = useCalculator(effortCalculator, id, preset);
  const Sub = headingLevel === 2 ? 'h2' : 'h3';
  const order = numberOf(form.values, 'order');
  const margin = numberOf(form.values, 'marge');
  const link = funnelLinkFor(effortInputsFrom(form.values), r);
  const announcement = [form.issues.map(issueText).join(' '), headline(r), customersSentence(r, order, margin)]
    .filter(Boolean)
    .join(' ');

  return (
    <section class="calc calc--effort" aria-label="Rekenhulp inspanning en kosten">
      <PresetPicker
        presets={effortCalculator.presets}
        current={state.preset}
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
        <FormIssues issues={form.issues} />
        <p class="calc__headline" data-testid="headline">
          {headline(r)}
        </p>
        <p class="calc__verdict" data-testid="customers-sentence">
          {customersSentence(r, order, margin)}
        </p>
        <table class="calc__table">
          <caption class="visually-hidden">Kosten en terugverdienen in cijfers</caption>
          <tbody>
            <tr>
              <th scope="row">
                Uren per maand <span class="calc__note">(uren per week × 52 ÷ 12)</span>
              </th>
              <td data-testid="hours-month">{formatNumber(r.hoursPerMonth, 1)}</td>
            </tr>
            <tr>
              <th scope="row">Je tijd (uren × uurtarief)</th>
              <td>{formatEuro(r.timeCostPerMonth)}</td>
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
              <td data-testid="customers-month">
                {r.customersPerMonth === null ? 'niet haalbaar' : formatNumber(wholeCustomers(r.customersPerMonth))}
              </td>
            </tr>
            <tr>
              <th scope="row">Klanten nodig per jaar</th>
              <td data-testid="customers-year">
                {r.customersPerYear === null ? 'niet haalbaar' : formatNumber(wholeCustomers(r.customersPerYear))}
              </td>
            </tr>
          </tbody>
        </table>
        <p data-testid="likes-needed">
          {link.likesPerMonth === null
            ? ''
            : `En in likes? Het kledingmerk uit les 4 haalt ${formatEuroPerUnit(link.valuePerLike)} omzet per like (omzet, nog geen marge). Tegen dat tempo heb je zo’n ${formatNumber(link.likesPerMonth)} likes per maand nodig om deze kosten te dekken.`}{' '}
          <a href={`${withBase('/rekenhulpen/like-naar-euro/')}${link.search}`}>
            Reken het na in de rekenhulp Van like naar euro, met je uren en advertenties van één maand
          </a>
          .
        </p>
        {share && <ShareLink />}
      </div>
      <Announcer text={announcement} />
    </section>
  );
}

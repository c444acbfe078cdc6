/**
 * The like-to-euro funnel calculator (one scenario). Thin: inputs go to the instance's store, numbers come
 * from `src/lib/funnel.ts`, the chart config from `src/lib/charts/funnel-chart.ts`. A page can show two
 * instances side by side (ids "a" and "b"); a lesson embeds one.
 */
import { useCallback } from 'preact/hooks';
import { funnelCalculator } from '../../lib/funnel-calculator';
import { funnelChartConfig, funnelRows, funnelSummary } from '../../lib/charts/funnel-chart';
import { formatEuro, formatNumber, formatPercent } from '../../lib/format';
import { formatCount, formatEuroPerUnit } from '../../lib/format-calculator';
import type { FunnelResult } from '../../lib/funnel';
import { wholeCustomers } from '../../lib/effort';
import { Announcer } from './calculator/Announcer';
import { FieldGroup } from './calculator/FieldGroup';
import { FormIssues, issueText } from './calculator/FormIssues';
import { PresetPicker } from './calculator/PresetPicker';
import { ShareLink } from './calculator/ShareLink';
import { useCalculator } from './calculator/use-calculator';
import { ChartBox } from './charts/ChartBox';
import { registerCharts } from './charts/register';
import './calculator/calculator.css';

interface Props {
  /** Instance id: unique on the page, used for element ids and URL parameters. */
  id: string;
  preset?: string | undefined;
  /** Heading above this scenario, e.g. "Scenario A". */
  title?: string;
  /** Heading level for the title, so the island fits the page's outline. */
  headingLevel?: 2 | 3;
  /** Show the "copy link" button (on the calculator's own page). */
  share?: boolean;
}

/** "1 klant", "4 klanten". */
function customersLabel(n: number): string {
  return `${formatNumber(n)} ${n === 1 ? 'klant' : 'klanten'}`;
}

/** The headline sentence: customers, revenue, value per like. */
function headline(r: FunnelResult): string {
  return `Met deze cijfers levert het ongeveer ${formatCount(r.customers)} ${r.customers === 1 ? 'klant' : 'klanten'} en ${formatEuro(r.revenue)} omzet op: ${formatEuroPerUnit(r.valuePerLike)} per like.`;
}

/** The verdict on costs: earned back or not, and what it would take. */
function costSentence(r: FunnelResult): string {
  if (r.cost === 0) return 'Je hebt geen kosten ingevuld, dus alles is winst. Tel je eigen uren wel mee.';
  if (r.net >= 0)
    return `Daarmee verdien je de ${formatEuro(r.cost)} aan kosten terug, met ${formatEuro(r.net)} over (op omzet, vóór inkoop).`;
  const needed = r.breakEvenCustomers === null ? null : wholeCustomers(r.breakEvenCustomers);
  return `Je haalt de ${formatEuro(r.cost)} aan kosten niet terug: ${formatEuro(-r.net)} tekort.${
    needed === null ? '' : ` Om quitte te spelen heb je ${customersLabel(needed)} nodig.`
  }`;
}

export default function FunnelCalculator({ id, preset, title, headingLevel = 2, share = false }: Props) {
  const { instance, state, form, result } = useCalculator(funnelCalculator, id, preset);
  const r = result;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // "Uitkomst" sits one level below the scenario title, or at the given level when there is no title.
  const subLevel = title ? headingLevel + 1 : headingLevel;
  const Sub = subLevel === 2 ? 'h2' : subLevel === 3 ? 'h3' : 'h4';
  const build = useCallback((env: Parameters<typeof funnelChartConfig>[1]) => funnelChartConfig(r, env), [r]);
  const rows = funnelRows(r);
  const issues = form.issues;
  const announcement = [issues.map(issueText).join(' '), headline(r)].filter(Boolean).join(' ');
  const headingId = `${id}-titel`;

  return (
    <section
      class="calc calc--funnel"
      aria-labelledby={title ? headingId : undefined}
      aria-label={title ? undefined : 'Rekenhulp van like naar euro'}
    >
      {title && (
        <Heading id={headingId} class="calc__title">
          {title}
        </Heading>
      )}
      <PresetPicker
        presets={funnelCalculator.presets}
        current={state.preset}
        onChoose={(p) => instance.choosePreset(p)}
        label={title ? `Voorbeeld voor ${title}` : 'Kies een voorbeeld'}
      />
      <form class="calc__form" onSubmit={(e) => e.preventDefault()} aria-label={title ? `Invoer ${title}` : 'Invoer'}>
        <FieldGroup
          legend="Van like naar klant"
          fields={funnelCalculator.fields.slice(0, 7)}
          idPrefix={id}
          values={state.values}
          checks={form.checks}
          onChange={(fieldId, raw) => instance.setField(fieldId, raw)}
        />
        <FieldGroup
          legend="Kosten"
          fields={funnelCalculator.fields.slice(7)}
          idPrefix={id}
          values={state.values}
          checks={form.checks}
          onChange={(fieldId, raw) => instance.setField(fieldId, raw)}
        />
      </form>

      <div class="calc__results">
        <Sub class="calc__results-title">Uitkomst</Sub>
        <FormIssues issues={issues} />
        <p class="calc__headline" data-testid="headline">
          {headline(r)}
        </p>
        <p class="calc__verdict">{costSentence(r)}</p>
        <table class="calc__table">
          <caption class="visually-hidden">Uitkomst in cijfers</caption>
          <tbody>
            <tr>
              <th scope="row">Klanten via retargeting</th>
              <td data-testid="customers-ad">{formatCount(r.customersViaAd)}</td>
            </tr>
            <tr>
              <th scope="row">Klanten via sitebezoek</th>
              <td data-testid="customers-site">{formatCount(r.customersViaSite)}</td>
            </tr>
            <tr>
              <th scope="row">Klanten in totaal</th>
              <td data-testid="customers">{formatCount(r.customers)}</td>
            </tr>
            <tr>
              <th scope="row">Omzet via retargeting</th>
              <td data-testid="revenue-ad">{formatEuro(r.revenueViaAd)}</td>
            </tr>
            <tr>
              <th scope="row">Omzet via sitebezoek</th>
              <td data-testid="revenue-site">{formatEuro(r.revenueViaSite)}</td>
            </tr>
            <tr class="calc__row--total">
              <th scope="row">Omzet</th>
              <td data-testid="revenue">{formatEuro(r.revenue)}</td>
            </tr>
            <tr>
              <th scope="row">Waarde per like</th>
              <td data-testid="value-per-like">{formatEuroPerUnit(r.valuePerLike)}</td>
            </tr>
            <tr>
              <th scope="row">Kosten</th>
              <td data-testid="cost">{formatEuro(r.cost)}</td>
            </tr>
            <tr>
              <th scope="row">Kosten per klant</th>
              <td data-testid="cost-per-customer">
                {r.costPerCustomer === null ? 'geen klanten' : formatEuro(r.costPerCustomer)}
              </td>
            </tr>
            <tr>
              <th scope="row">
                ROI <span class="calc__note">(omzet min kosten, gedeeld door kosten)</span>
              </th>
              <td data-testid="roi">{r.roi === null ? 'geen kosten' : formatPercent(r.roi, 0)}</td>
            </tr>
            <tr>
              <th scope="row">Quitte bij</th>
              <td data-testid="break-even">
                {r.breakEvenCustomers === null
                  ? 'nooit (order is € 0)'
                  : `${customersLabel(wholeCustomers(r.breakEvenCustomers))}${
                      r.breakEvenLikes === null ? '' : `, ofwel zo’n ${formatNumber(Math.ceil(r.breakEvenLikes))} likes`
                    }`}
              </td>
            </tr>
          </tbody>
        </table>

        <figure class="calc__figure">
          <ChartBox register={registerCharts} build={build} label={funnelSummary(r)} size="funnel" />
          <figcaption>
            <table class="calc__table calc__table--chart">
              <caption>Van likes naar klanten (de cijfers van de grafiek)</caption>
              <thead>
                <tr>
                  <th scope="col">Stap</th>
                  <th scope="col">Aantal mensen</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.label}>
                    <th scope="row">{row.label}</th>
                    <td>{formatCount(row.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </figcaption>
        </figure>
        {share && <ShareLink />}
      </div>
      <Announcer text={announcement} />
    </section>
  );
}

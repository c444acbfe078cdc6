/**
 * The like-to-euro funnel calculator (one scenario). Thin: inputs go to the instance's store, numbers come
 * from `src/lib/funnel.ts`, the chart's bars from `src/lib/charts/funnel-chart.ts`. A page can show two
 * instances side by side (ids "a" and "b"); a lesson embeds one.
 */
import { isPresetUnchanged } from '../../lib/calculators/calculator';
import { funnelCalculator } from '../../lib/calculators/funnel-calculator';
import { funnelBars, funnelRows, funnelSummary } from '../../lib/charts/funnel-chart';
import { formatEuro, formatPercent } from '../../lib/format';
import { formatCount, formatEuroPerUnit } from '../../lib/calculators/format-calculator';
import { funnelStepFieldIds, type FunnelResult } from '../../lib/calculators/funnel';
import {
  EXPECTED_VALUES_NOTE,
  funnelBreakEvenCell,
  funnelGoalSeek,
  funnelHeadline,
  funnelVerdict,
} from '../../lib/calculators/funnel-sentences';
import { Announcer } from './calculator/Announcer';
import { FieldGroup } from './calculator/FieldGroup';
import { FormIssues, issueText } from './calculator/FormIssues';
import { LinkNotice } from './calculator/LinkNotice';
import { PresetPicker } from './calculator/PresetPicker';
import { ShareLink } from './calculator/ShareLink';
import { useCalculator } from './calculator/use-calculator';
import { BarChart } from './charts/BarChart';
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

/** The result table, the goal seek and the chart with its table; only for a complete form. */
function FunnelOutcome({ r }: { r: FunnelResult }) {
  const rows = funnelRows(r);
  return (
    <>
      <p class="calc__headline" data-testid="headline">
        {funnelHeadline(r)}
      </p>
      {/* Qualifies every count below: shown wherever the result shows, the projector included. */}
      <p class="calc__qualifier calc__expected" data-testid="expected-values">
        {EXPECTED_VALUES_NOTE}
      </p>
      <p class="calc__verdict" data-testid="verdict">
        {funnelVerdict(r)}
      </p>
      <p data-testid="goal-seek">{funnelGoalSeek(r)}</p>
      <table class="calc__table">
        <caption class="visually-hidden">Uitkomst in cijfers</caption>
        <tbody>
          <tr>
            <th scope="row">
              Bereik <span class="calc__note">(ter info, telt niet mee)</span>
            </th>
            <td data-testid="reach">{formatCount(r.reach)}</td>
          </tr>
          <tr>
            <th scope="row">Sitebezoekers</th>
            <td data-testid="visits">{formatCount(r.visits)}</td>
          </tr>
          <tr>
            <th scope="row">
              Klikken op de advertentie{' '}
              <span class="calc__note">(van {formatCount(r.retargeted)} likers zonder bezoek)</span>
            </th>
            <td data-testid="clicks">{formatCount(r.clicks)}</td>
          </tr>
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
            <th scope="row">
              Klanten dankzij de like{' '}
              <span class="calc__note">(zonder de {formatPercent(r.withoutLike, 2)} die er toch was gekomen)</span>
            </th>
            <td data-testid="customers-credited">{formatCount(r.creditedCustomers)}</td>
          </tr>
          <tr>
            <th scope="row">
              Omzet via retargeting <span class="calc__note">(alle verkopen, vóór aftrek)</span>
            </th>
            <td data-testid="revenue-ad">{formatEuro(r.revenueViaAd)}</td>
          </tr>
          <tr>
            <th scope="row">
              Omzet via sitebezoek <span class="calc__note">(alle verkopen, vóór aftrek)</span>
            </th>
            <td data-testid="revenue-site">{formatEuro(r.revenueViaSite)}</td>
          </tr>
          <tr>
            <th scope="row">Omzet in totaal</th>
            <td data-testid="revenue-total">{formatEuro(r.totalRevenue)}</td>
          </tr>
          <tr>
            <th scope="row">
              Min omzet die er ook zonder de like was{' '}
              <span class="calc__note">({formatPercent(r.withoutLike, 2)} van de verkopen)</span>
            </th>
            <td data-testid="revenue-without-like">{formatEuro(r.revenueWithoutLike)}</td>
          </tr>
          <tr class="calc__row--total">
            <th scope="row">Omzet dankzij de like</th>
            <td data-testid="revenue">{formatEuro(r.revenue)}</td>
          </tr>
          <tr>
            <th scope="row">Omzet per like</th>
            <td data-testid="value-per-like">
              {r.revenuePerLike === null ? 'geen likes' : formatEuroPerUnit(r.revenuePerLike)}
            </td>
          </tr>
          <tr class="calc__row--total">
            <th scope="row">
              Marge <span class="calc__note">(omzet × marge per order)</span>
            </th>
            <td data-testid="margin">{formatEuro(r.grossMargin)}</td>
          </tr>
          <tr>
            <th scope="row">
              Kosten <span class="calc__note">(uren × uurtarief + tools + advertenties)</span>
            </th>
            <td data-testid="cost">{formatEuro(r.cost)}</td>
          </tr>
          <tr class="calc__row--total">
            <th scope="row">
              {r.net >= 0 ? 'Over ' : 'Tekort '}
              <span class="calc__note">{r.net >= 0 ? '(marge min kosten)' : '(kosten min marge)'}</span>
            </th>
            <td data-testid="net">{formatEuro(Math.abs(r.net))}</td>
          </tr>
          <tr>
            <th scope="row">Kosten per klant</th>
            <td data-testid="cost-per-customer">
              {r.costPerCustomer === null ? 'geen klanten' : formatEuro(r.costPerCustomer)}
            </td>
          </tr>
          <tr>
            <th scope="row">
              ROI <span class="calc__note">(marge min kosten, gedeeld door kosten)</span>
            </th>
            <td data-testid="roi">{r.roi === null ? 'geen kosten' : formatPercent(r.roi, 0)}</td>
          </tr>
          <tr>
            <th scope="row">Quitte bij</th>
            <td data-testid="break-even">{funnelBreakEvenCell(r)}</td>
          </tr>
        </tbody>
      </table>

      <figure class="calc__figure">
        <BarChart
          model={funnelBars(r)}
          label={funnelSummary(r)}
          scaleNote="Aantal mensen, op een logaritmische schaal: elke lijn is tien keer zoveel als de vorige."
        />
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
    </>
  );
}

export default function FunnelCalculator({ id, preset, title, headingLevel = 2, share = false }: Props) {
  const { instance, state, form, result: r, rootRef, linkNotice } = useCalculator(funnelCalculator, id, preset);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // "Uitkomst" sits one level below the scenario title, or at the given level when there is no title.
  const subLevel = title ? headingLevel + 1 : headingLevel;
  const Sub = subLevel === 2 ? 'h2' : subLevel === 3 ? 'h3' : 'h4';
  const issues = form.issues;
  const announcement = [issues.map(issueText).join(' '), r ? funnelHeadline(r) : ''].filter(Boolean).join(' ');
  const headingId = `${id}-titel`;
  const stepFields = funnelCalculator.fields.filter((f) => funnelStepFieldIds.includes(f.id));
  const costFields = funnelCalculator.fields.filter((f) => !funnelStepFieldIds.includes(f.id));
  const onChange = (fieldId: string, raw: string) => instance.setField(fieldId, raw);

  return (
    <section
      ref={rootRef}
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
        unchanged={isPresetUnchanged(funnelCalculator, state)}
        onChoose={(p) => instance.choosePreset(p)}
        label={title ? `Voorbeeld voor ${title}` : 'Kies een voorbeeld'}
      />
      <form class="calc__form" onSubmit={(e) => e.preventDefault()} aria-label={title ? `Invoer ${title}` : 'Invoer'}>
        <FieldGroup
          legend="Van like naar klant"
          fields={stepFields}
          idPrefix={id}
          values={state.values}
          checks={form.checks}
          onChange={onChange}
        />
        <FieldGroup
          legend="Kosten"
          fields={costFields}
          idPrefix={id}
          values={state.values}
          checks={form.checks}
          onChange={onChange}
        />
      </form>

      <div class="calc__results">
        <Sub class="calc__results-title">Uitkomst</Sub>
        <LinkNotice text={linkNotice} />
        <FormIssues issues={issues} />
        {r && <FunnelOutcome r={r} />}
        {share && <ShareLink />}
      </div>
      <Announcer text={announcement} />
    </section>
  );
}

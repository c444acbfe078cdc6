/**
 * The engagement-rate calculator: an account's averages per post → its rate (formula shown), its follower
 * tier, the benchmark of the chosen source for that tier (with the source's definition), a verdict (withheld, with
 * the reason, when the benchmark comes from another platform), and a
 * bar chart of the benchmark per follower tier with the account's own bar below its tier. Math in
 * src/lib/engagement.ts, the chart's bars in src/lib/charts/engagement-chart.ts.
 */
import { isPresetUnchanged } from '../../lib/calculators/calculator';
import { engagementCalculator } from '../../lib/calculators/engagement-calculator';
import { comparedRateName, engagementBars, engagementSummary } from '../../lib/charts/engagement-chart';
import {
  defaultSetFor,
  mismatchWarning,
  verdictSentence,
  type EngagementResult,
} from '../../lib/calculators/engagement';
import { countNoun, nouns } from '../../lib/count-noun';
import { formatNumber, formatPercent } from '../../lib/format';
import { sourceYear } from '../../lib/figure-source';
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
  id: string;
  preset?: string | undefined;
  headingLevel?: 2 | 3;
  /** Show the "copy link" button (on the calculator's own page). */
  share?: boolean;
}

/** Rates get two decimals: small differences (0,04 %) matter here. */
const pct = (v: number) => formatPercent(v, 2);

function sourceLine(r: EngagementResult): string {
  const s = r.set.source;
  return `${s.name}${s.title ? `, ‘${s.title}’` : ''} (${sourceYear(s.year)})`;
}

/** The headline: your rate on your platform against the tier benchmark, with the benchmark's platform. */
function headline(r: EngagementResult): string {
  return `Jouw ${comparedRateName(r)} op ${r.platform.name} is ${pct(r.comparableRate)}. Bij ${r.tier.label} ${r.tier.maxFollowers === null && r.tier.minFollowers === 0 ? '' : 'volgers '}is ${pct(r.benchmark)} ${r.set.method.statistic === 'mediaan' ? 'de mediaan' : 'gemiddeld'} op ${r.set.platform} volgens ${r.set.source.name} (${sourceYear(r.set.source.year)}).`;
}

/** The results for a complete form. */
function EngagementOutcome({ r }: { r: EngagementResult }) {
  const interactionTerms = `${formatNumber(r.likes)} + ${formatNumber(r.comments)} + ${formatNumber(r.shares)} + ${formatNumber(r.saves)}`;
  return (
    <>
      <p class="calc__headline" data-testid="headline">
        {headline(r)}
      </p>
      {r.platformMismatch && (
        <p class="calc__warning calc__qualifier calc__mismatch" data-testid="platform-warning">
          {mismatchWarning(r)}
        </p>
      )}
      {r.platform.note && (
        <p class="calc__qualifier" data-testid="platform-note">
          {r.platform.note}
        </p>
      )}
      {/* A withheld verdict says why, in the verdict's place: the calculator never guesses silently. */}
      {/* Withheld, it qualifies the headline's numbers, so it shows wherever they show (the projector too). */}
      <p
        class={r.withheld ? 'calc__verdict calc__qualifier' : 'calc__verdict'}
        data-testid="verdict"
        data-withheld={r.withheld ?? undefined}
      >
        {verdictSentence(r)}
      </p>
      <p>
        {r.comparableKind === 'likes'
          ? `We vergelijken je likeratio, omdat ${r.set.source.name} alleen likes telde.`
          : `We vergelijken je engagementratio (alle interacties samen), zoals ${r.set.source.name} dat doet.`}{' '}
        Hoe deze bron meet: {r.set.source.measures}.{r.set.source.note ? ` ${r.set.source.note}` : ''}
      </p>
      <p class="calc__source">Bron van de benchmark: {sourceLine(r)}.</p>

      <p class="calc__formula" data-testid="formula">
        likeratio = likes ÷ volgers × 100 % = {formatNumber(r.likes)} ÷ {formatNumber(r.followers)} × 100 % ={' '}
        {pct(r.likeRate)}
        <br />
        engagementratio = (likes + reacties + gedeeld + bewaard) ÷ volgers × 100 % = ({interactionTerms}) ÷{' '}
        {formatNumber(r.followers)} × 100 % = {pct(r.engagementRate)}
        {r.reachRate !== null && r.reach !== null && (
          <>
            <br />
            per bereik = interacties ÷ bereik × 100 % = {formatNumber(r.interactions)} ÷ {formatNumber(r.reach)} × 100 %
            = {pct(r.reachRate)}
          </>
        )}
      </p>
      <table class="calc__table">
        <caption class="visually-hidden">Je ratio’s</caption>
        <tbody>
          <tr>
            <th scope="row">Likeratio (likes ÷ volgers)</th>
            <td data-testid="like-rate">{pct(r.likeRate)}</td>
          </tr>
          <tr>
            <th scope="row">Reactieratio (reacties ÷ volgers)</th>
            <td>{pct(r.commentRate)}</td>
          </tr>
          <tr>
            <th scope="row">Engagementratio (alle interacties ÷ volgers)</th>
            <td data-testid="engagement-rate">{pct(r.engagementRate)}</td>
          </tr>
          <tr>
            <th scope="row">
              Engagement per bereik <span class="calc__note">(geen benchmark: de bronnen rekenen per volger)</span>
            </th>
            <td>{r.reachRate === null ? 'vul bereik in' : pct(r.reachRate)}</td>
          </tr>
          <tr class="calc__row--total">
            <th scope="row">
              Volgersniveau ({r.set.platform}, {r.set.source.name})
            </th>
            <td data-testid="tier">{r.tier.label}</td>
          </tr>
          <tr class="calc__row--total">
            <th scope="row">Benchmark voor dat niveau</th>
            <td data-testid="benchmark">
              {pct(r.benchmark)}{' '}
              <span class="calc__note">
                ({r.set.source.name}, {sourceYear(r.set.source.year)})
              </span>
            </td>
          </tr>
        </tbody>
      </table>

      <figure class="calc__figure">
        <div>
          <BarChart model={engagementBars(r)} label={engagementSummary(r)} />
          <p class="calc__legend" aria-hidden="true">
            <span>
              <span class="calc__swatch" />
              benchmark {r.set.source.name} ({sourceYear(r.set.source.year)})
            </span>
            <span>
              <span class="calc__swatch calc__swatch--you" />
              jouw account
            </span>
          </p>
        </div>
        <figcaption>
          <table class="calc__table calc__table--chart">
            <caption>
              {r.set.rateName} per volgersniveau, {r.set.platform} ({r.set.source.name}, {sourceYear(r.set.source.year)}
              )
            </caption>
            <thead>
              <tr>
                <th scope="col">Volgers</th>
                <th scope="col">Benchmark</th>
              </tr>
            </thead>
            <tbody>
              {r.set.tiers.map((tier) => (
                <tr key={tier.label} class={tier === r.tier ? 'calc__row--you' : undefined}>
                  <th scope="row">
                    {tier.label}
                    {tier === r.tier ? ' (jij)' : ''}
                  </th>
                  <td>{pct(tier.rate)}</td>
                </tr>
              ))}
              <tr class="calc__row--you">
                <th scope="row">Jouw account ({countNoun(r.followers, nouns.volger, formatNumber)})</th>
                <td>{pct(r.comparableRate)}</td>
              </tr>
            </tbody>
          </table>
        </figcaption>
      </figure>
    </>
  );
}

export default function EngagementCalculator({ id, preset, headingLevel = 2, share = false }: Props) {
  const { instance, state, form, result: r, rootRef, linkNotice } = useCalculator(engagementCalculator, id, preset);
  const Sub = headingLevel === 2 ? 'h2' : 'h3';
  const fields = engagementCalculator.fields;
  const accountFields = fields.filter((f) => f.id !== 'bron');
  const benchmarkFields = fields.filter((f) => f.id === 'bron');
  const announcement = [
    form.issues.map(issueText).join(' '),
    r ? headline(r) : '',
    r?.platformMismatch ? mismatchWarning(r) : '',
    r ? verdictSentence(r) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const onChange = (fieldId: string, raw: string) => {
    instance.setField(fieldId, raw);
    // A new platform brings its own benchmark, when one was published; otherwise the warning explains.
    if (fieldId === 'platform') {
      const set = defaultSetFor(raw);
      if (set) instance.setField('bron', set.id);
    }
  };

  return (
    <section ref={rootRef} class="calc calc--engagement calc--wide" aria-label="Rekenhulp engagementratio">
      <PresetPicker
        presets={engagementCalculator.presets}
        current={state.preset}
        unchanged={isPresetUnchanged(engagementCalculator, state)}
        onChoose={(p) => instance.choosePreset(p)}
        label="Kies een voorbeeld"
      />
      <form class="calc__form" onSubmit={(e) => e.preventDefault()} aria-label="Invoer">
        <FieldGroup
          legend="Je account, gemiddeld per bericht"
          fields={accountFields}
          idPrefix={id}
          values={state.values}
          checks={form.checks}
          onChange={onChange}
        />
        <FieldGroup
          legend="Benchmark"
          fields={benchmarkFields}
          idPrefix={id}
          values={state.values}
          checks={form.checks}
          onChange={onChange}
        />
      </form>

      <div class="calc__results">
        <Sub class="calc__results-title">Uitkomst</Sub>
        <LinkNotice text={linkNotice} />
        <FormIssues issues={form.issues} />
        {r && <EngagementOutcome r={r} />}
        {share && <ShareLink />}
      </div>
      <Announcer text={announcement} />
    </section>
  );
}

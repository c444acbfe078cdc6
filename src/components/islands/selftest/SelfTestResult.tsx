/**
 * One self-test result: the profile with advice, the radar chart with its table, the lessons to read next,
 * and sharing or printing without personal data (a link holds only the six scores).
 */
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { formatDate } from '../../../lib/progress/dates';
import { DIMENSION_IDS, DIMENSIONS } from '../../../lib/selftest/dimensions';
import { withBase } from '../../../lib/base';
import { buildProfile, type AnswerPattern } from '../../../lib/selftest/profiles';
import type { DimensionScores } from '../../../lib/selftest/scoring';
import RadarChart from './RadarChart';

/** A lesson the result can point to. */
export interface LessonRef {
  title: string;
  href: string;
  order: number;
}

interface Props {
  scores: DimensionScores;
  /** The attempt before this one, for the chart and the table; null for none. */
  previous: DimensionScores | null;
  /** When this result was made; null for a shared result. */
  at: string | null;
  shared: boolean;
  /** The answer pattern of this attempt, if every answer went one way (then a note replaces the profile). */
  pattern?: AnswerPattern | null;
  lessons: Readonly<Record<string, LessonRef>>;
  level: 2 | 3;
  /** The link that shares this result (built by the caller from the page URL). */
  shareUrl: string;
  headingRef: Ref<HTMLHeadingElement>;
}

/** The result section. */
export default function SelfTestResult({
  scores,
  previous,
  at,
  shared,
  pattern = null,
  lessons,
  level,
  shareUrl,
  headingRef,
}: Props) {
  const profile = buildProfile(scores, pattern);
  const H = `h${level}` as 'h2' | 'h3';
  const H2 = `h${level + 1}` as 'h3' | 'h4';
  const [copyState, setCopyState] = useState<string>('');
  // Only lessons that exist on this site (a lesson still being written is left out rather than shown as a slug).
  const nextLessons = profile.nextLessons.flatMap((slug) => (lessons[slug] ? [lessons[slug]] : []));

  async function copy() {
    try {
      await navigator.clipboard.writeText(shareUrl);
      setCopyState('De link staat op je klembord.');
    } catch {
      setCopyState('Kopiëren lukte niet. Selecteer de link in het veld en kopieer hem zelf.');
    }
  }

  return (
    <section class="selftest-result" aria-labelledby="zelftest-uitslag">
      <H id="zelftest-uitslag" ref={headingRef} tabIndex={-1}>
        {shared ? 'Een gedeelde uitslag' : 'Jouw uitslag'}
      </H>
      <p class="selftest-result__meta no-print">
        {shared
          ? 'Iemand deelde deze uitslag met je. Er staan alleen scores in, geen antwoorden of namen.'
          : at && `Ingevuld op ${formatDate(at, true)}.`}
      </p>

      <div class="selftest-result__profile">
        <H2>{profile.title}</H2>
        <p class="selftest-result__total">
          Totaalscore <strong>{profile.total}</strong> van 100
        </p>
        <p>{profile.summary}</p>
      </div>

      <H2>Zo scoor je per onderdeel</H2>
      <div class="selftest-result__chart">
        <RadarChart current={scores} previous={previous} />
        <p class="selftest-result__legend">
          Van 0 (midden) tot 100 (buitenrand).
          {previous && ' De doorgetrokken lijn is deze uitslag, de stippellijn de vorige.'}
        </p>
      </div>
      <table class="selftest-result__table">
        <caption>Scores per onderdeel (0 tot 100)</caption>
        <thead>
          <tr>
            <th scope="col">Onderdeel</th>
            <th scope="col">Score</th>
            {previous && <th scope="col">Vorige keer</th>}
          </tr>
        </thead>
        <tbody>
          {DIMENSION_IDS.map((id) => (
            <tr key={id}>
              <th scope="row">
                {DIMENSIONS[id].label}
                <span class="selftest-result__about">{DIMENSIONS[id].about}</span>
              </th>
              <td>{scores[id]}</td>
              {previous && <td>{previous[id]}</td>}
            </tr>
          ))}
        </tbody>
      </table>

      {profile.pattern ? null : profile.focus.length > 0 ? (
        <>
          <H2>Hier begin je</H2>
          <ul class="selftest-result__advice">
            {profile.focus.map((f) => (
              <li key={f.dimension}>
                <strong>
                  {DIMENSIONS[f.dimension].label} ({f.score}):
                </strong>{' '}
                {f.advice}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Geen enkel onderdeel scoort onder de 75. Mooi: houd het zo, en blijf meten.</p>
      )}
      {profile.strengths.length > 0 && profile.focus.length > 0 && (
        <p>
          <strong>Sterk:</strong> {profile.strengths.map((id) => DIMENSIONS[id].label.toLowerCase()).join(', ')}.
        </p>
      )}

      {nextLessons.length > 0 && (
        <>
          <H2>Lees hierna</H2>
          <ul class="selftest-result__lessons">
            {nextLessons.map((lesson) => (
              <li key={lesson.href}>
                <a href={lesson.href}>
                  Les {lesson.order}: {lesson.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}

      {!shared && (
        <p class="selftest-result__plan no-print">
          <a href={withBase('/mijn-plan/')}>Maak je plan</a>: je zwakste onderdelen worden je lijst voor de komende 30
          dagen.
        </p>
      )}

      <div class="selftest-result__share no-print">
        <H2>Delen of printen</H2>
        <p>De link en de afdruk bevatten alleen de zes scores: geen antwoorden, geen naam, geen datum.</p>
        <div class="share-field">
          <label for="zelftest-deellink">Deellink</label>
          <input
            id="zelftest-deellink"
            type="text"
            readOnly
            value={shareUrl}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" class="button button--secondary" onClick={() => void copy()}>
            Kopieer de link
          </button>
          <button type="button" class="button button--secondary" onClick={() => window.print()}>
            Print de uitslag
          </button>
        </div>
        <p class="form-message" aria-live="polite">
          {copyState}
        </p>
      </div>
    </section>
  );
}

/**
 * The reader's earlier self-tests, newest first, so they see change over time; one button (with a
 * confirmation step) forgets them all.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SelfTestAttempt } from '../../../lib/progress/format';
import { formatShortDate } from '../../../lib/progress/dates';
import { DIMENSION_IDS, DIMENSIONS } from '../../../lib/selftest/dimensions';
import { buildProfile } from '../../../lib/selftest/profiles';

interface Props {
  attempts: readonly SelfTestAttempt[];
  level: 2 | 3;
  onClear: () => void;
}

/** The history table with the clear button. */
export default function SelfTestHistory({ attempts, level, onClear }: Props) {
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const [focus, setFocus] = useState<'cancel' | 'ask' | null>(null);
  const H = `h${level}` as 'h2' | 'h3';

  useEffect(() => {
    if (focus === 'cancel') cancelRef.current?.focus();
    if (focus === 'ask') askRef.current?.focus();
    if (focus) setFocus(null);
  }, [focus]);

  return (
    <section class="selftest-history" aria-labelledby="zelftest-geschiedenis">
      <H id="zelftest-geschiedenis">Je eerdere uitslagen</H>
      <p>Deze uitslagen staan alleen in deze browser. Zo zie je of je aanpak verandert.</p>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Tabel met je eerdere uitslagen">
        <table>
          <caption class="visually-hidden">Je eerdere uitslagen, nieuwste eerst, scores van 0 tot 100</caption>
          <thead>
            <tr>
              <th scope="col">Datum</th>
              <th scope="col">Profiel</th>
              <th scope="col">Totaal</th>
              {DIMENSION_IDS.map((id) => (
                <th scope="col" key={id}>
                  {DIMENSIONS[id].label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...attempts].reverse().map((a) => {
              const profile = buildProfile(a.scores);
              return (
                <tr key={a.at}>
                  <th scope="row">{formatShortDate(a.at)}</th>
                  <td>{profile.title}</td>
                  <td>{profile.total}</td>
                  {DIMENSION_IDS.map((id) => (
                    <td key={id}>{a.scores[id]}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {!confirming ? (
        <button
          type="button"
          class="button button--secondary"
          ref={askRef}
          onClick={() => {
            setConfirming(true);
            setFocus('cancel');
          }}
        >
          Wis mijn uitslagen
        </button>
      ) : (
        <div class="confirm" role="group" aria-labelledby="zelftest-wis-vraag">
          <p id="zelftest-wis-vraag">
            Weet je het zeker? Alle {attempts.length} {attempts.length === 1 ? 'uitslag' : 'uitslagen'} verdwijnen uit
            deze browser.
          </p>
          <button type="button" class="button button--danger" onClick={onClear}>
            Ja, wis alles
          </button>{' '}
          <button
            type="button"
            class="button button--secondary"
            ref={cancelRef}
            onClick={() => {
              setConfirming(false);
              setFocus('ask');
            }}
          >
            Nee, bewaar ze
          </button>
        </div>
      )}
    </section>
  );
}

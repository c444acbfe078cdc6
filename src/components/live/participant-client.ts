/**
 * The participant's phone in a live room (`/live/<code>/`): follows the trainer's slide in a phone layout,
 * lets the participant leaf back and return to "live", and on a quiz slide shows one button per answer. A
 * vote goes once per question; the server remembers it against a random token made here (no name, nothing
 * that identifies anyone), so a reload or reconnect shows the own vote again. The slides come from the
 * deck page of the same site (`/workshop/<lesson>/`), parsed as data and shown without its scripts.
 *
 * A vote counts for the phone only when the server says it is on its disk (`voted`). Until then it is
 * pending: sent again after a reconnect, and if no answer comes in time, or the server could not save it,
 * the phone says so and the participant can tap again. A room that ends sends the phone on to the next
 * room, or says the session is over.
 */
import { isPin, isRoomCode, isVoterToken } from '../../lib/island-sync/live-protocol';
import type { SyncEntry } from '../../lib/island-sync/protocol';
import { withBase } from '../../lib/base';
import { isRevealed, livePosition, shownSlide } from '../../lib/live/follow';
import { currentMythPoll, mythRoundKey, MYTH_LABELS, MYTH_OPTIONS, parseMythRound } from '../../lib/live/myth-poll';
import { OPTION_LETTERS } from '../../lib/live/results-chart';
import { writeHostCredentials } from './host-credentials';
import { openLiveSocket, type LiveStatus } from './live-socket';
import { readMythStatements } from './myth-statements';

/** One vote on a phone: the question, its options, and whether the answer is out. */
interface VoteView {
  question: string;
  /** The statement to judge (myth quiz); empty when the slide shows the question. */
  statement: string;
  options: { letter: string; text: string }[];
  revealed: boolean;
  correct: (option: number) => boolean;
  /** The verdict in words, once revealed (myth quiz). */
  verdict?: string;
}

/** A voter token for this room, kept in localStorage so a reload keeps the own votes. */
function voterToken(room: string): string {
  const key = `vdl-live-voter:${room}`;
  try {
    const stored = localStorage.getItem(key);
    if (isVoterToken(stored)) return stored;
  } catch {
    // Private mode: a token for this page view only.
  }
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  const token = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  try {
    localStorage.setItem(key, token);
  } catch {
    // See above.
  }
  return token;
}

/** Loads a lesson's deck page and returns its slides, cleaned for showing on a phone. */
async function loadSlides(lesson: string): Promise<HTMLElement[]> {
  const response = await fetch(withBase(`/workshop/${lesson}/`));
  if (!response.ok) throw new Error(`deck ${response.status}`);
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  return [...doc.querySelectorAll<HTMLElement>('[data-deck-stage] > .slide')].map((slide) => {
    for (const el of slide.querySelectorAll('script, template, style, .quiz__actions, button, dialog')) el.remove();
    // The myth quiz as rendered shows statement 1; the phone shows the statement on screen in its vote box.
    if (slide.querySelector('[data-live-myths]')) slide.querySelector('.deck-island__inner')?.remove();
    slide.removeAttribute('hidden');
    slide.classList.remove('is-current');
    return slide;
  });
}

/** Starts the participant page. */
export function startParticipant(): void {
  const found = document.querySelector<HTMLElement>('[data-live-page]');
  if (!found) return;
  const page: HTMLElement = found;
  const $ = <T extends HTMLElement>(selector: string) => page.querySelector<T>(selector)!;
  const statusEl = $('[data-live-status]');
  const stage = $('[data-live-slide]');
  const position = $('[data-live-position]');
  const prev = $<HTMLButtonElement>('[data-live-prev]');
  const next = $<HTMLButtonElement>('[data-live-next]');
  const toLive = $<HTMLButtonElement>('[data-live-follow]');
  const voteBox = $('[data-live-vote]');
  const voteNote = $('[data-live-vote-note]');
  const statementEl = $('[data-live-vote-statement]');
  const trainerForm = $<HTMLFormElement>('[data-live-trainer]');

  const room = /\/live\/([a-z0-9]+)\/?$/.exec(location.pathname)?.[1];
  if (!isRoomCode(room)) {
    statusEl.textContent = 'Deze link klopt niet. Scan de QR-code op het scherm opnieuw.';
    return;
  }
  $('[data-live-room]').hidden = false;
  const voter = voterToken(room);
  const entries = new Map<string, SyncEntry>();
  const votes = new Map<string, number>();
  const decks = new Map<string, Promise<HTMLElement[]>>();
  let slides: HTMLElement[] = [];
  let slidesOf = '';
  let own: number | null = null;
  let connection: LiveStatus = 'connecting';
  let refusal = '';
  let voteError = '';
  /** Votes sent and not yet confirmed: question → option. */
  const pending = new Map<string, number>();
  /** Votes that timed out: sent again after a reconnect (the participant chose them; a repeat counts once). */
  const unconfirmed = new Map<string, number>();
  const pendingTimers = new Map<string, number>();
  /** How long a vote may wait for its confirmation before the phone says it did not arrive. */
  const CONFIRM_MS = 6_000;

  const settle = (question: string) => {
    pending.delete(question);
    unconfirmed.delete(question);
    clearTimeout(pendingTimers.get(question));
    pendingTimers.delete(question);
  };
  const sendVote = (question: string, option: number): boolean => {
    if (!socket.send({ kind: 'vote', question, option })) return false;
    pending.set(question, option);
    clearTimeout(pendingTimers.get(question));
    pendingTimers.set(
      question,
      window.setTimeout(() => {
        if (!pending.has(question)) return;
        settle(question);
        unconfirmed.set(question, option);
        voteError = 'Je stem is niet aangekomen. Probeer het opnieuw.';
        // No answer: maybe the connection died silently. Check it now rather than in a few seconds.
        socket.check();
        render();
      }, CONFIRM_MS),
    );
    return true;
  };

  const socket = openLiveSocket({
    join: () => ({ kind: 'join', room, role: 'participant', voter }),
    onStatus: (status, detail) => {
      connection = status;
      if (status === 'refused') {
        refusal =
          detail === 'room-closed'
            ? 'De zaal is gesloten: er kunnen geen nieuwe deelnemers meer bij. Vraag het de trainer.'
            : detail === 'ended'
              ? refusal || 'Deze sessie is afgelopen. Bedankt voor het meedoen!'
              : 'Deze sessie bestaat niet (meer).';
        statusEl.textContent = refusal;
      }
      render();
    },
    onMessage: (message) => {
      switch (message.kind) {
        case 'welcome':
          for (const [q, o] of Object.entries(message.votes)) {
            votes.set(q, o);
            settle(q);
          }
          // A vote sent into a connection that had died: send it again now (the server counts it once).
          for (const [q, o] of [...pending, ...unconfirmed]) if (!votes.has(q) && sendVote(q, o)) voteError = '';
          break;
        case 'ended':
          if (message.next && isRoomCode(message.next)) {
            location.replace(withBase(`/live/${message.next}/`));
            return;
          }
          refusal = 'Deze sessie is afgelopen. Bedankt voor het meedoen!';
          break;
        case 'reset':
          votes.delete(message.question);
          settle(message.question);
          voteError = 'De trainer heeft de stemmen gewist: stem opnieuw.';
          break;
        case 'snapshot':
          for (const entry of message.entries) entries.set(entry.key, entry);
          break;
        case 'state':
          entries.set(message.key, { key: message.key, json: message.json, t: message.t });
          break;
        case 'voted':
          votes.set(message.question, message.option);
          settle(message.question);
          voteError = '';
          break;
        case 'error':
          if (message.code === 'poll-closed') {
            for (const q of [...pending.keys()]) settle(q);
            voteError = 'Stemmen kan nu niet: de vraag is nog niet open of al gesloten.';
          } else if (message.code === 'not-saved') {
            for (const q of [...pending.keys()]) settle(q);
            voteError = 'Stem niet opgeslagen, probeer opnieuw.';
          } else if (message.code === 'rate') voteError = 'Even rustig aan: probeer het zo nog eens.';
          else if (message.code === 'too-many')
            statusEl.textContent = 'Te veel nieuwe deelnemers vanaf dit toestel. Even geduld…';
          break;
        default:
          return;
      }
      render();
    },
  });

  // Function declarations: the socket reports its first status before the code below it has run.
  function render(): void {
    const live = livePosition(entries.values());
    if (connection !== 'refused') {
      statusEl.textContent =
        connection === 'live'
          ? live
            ? own === null
              ? 'Je volgt de trainer live.'
              : 'Je kijkt terug. Tik op “Naar live” om weer mee te volgen.'
            : 'Verbonden. Wachten tot de trainer begint…'
          : connection === 'connecting'
            ? 'Verbinden…'
            : connection === 'checking'
              ? 'Verbinding controleren…'
              : 'Verbinding weg. Opnieuw verbinden…';
    } else statusEl.textContent = refusal;
    page.dataset['connection'] = connection;
    if (!live) return;
    if (slidesOf !== live.lesson) {
      let loading = decks.get(live.lesson);
      if (!loading) {
        loading = loadSlides(live.lesson);
        decks.set(live.lesson, loading);
        loading.catch(() => decks.delete(live.lesson));
      }
      void loading.then(
        (loaded) => {
          if (livePosition(entries.values())?.lesson !== live.lesson) return;
          slides = loaded;
          slidesOf = live.lesson;
          own = null;
          render();
        },
        () => (statusEl.textContent = 'De dia’s konden niet worden geladen. Herlaad de pagina.'),
      );
      return;
    }
    const total = slides.length;
    const i = shownSlide(live.slide, own, total);
    const slide = slides[i];
    if (!slide) return;
    if (stage.firstElementChild !== slide) stage.replaceChildren(slide);
    // "(live)" only while connected: a phone without a connection does not know where the trainer is.
    position.textContent = `Dia ${i + 1} van ${total}${own === null && connection === 'live' ? ' (live)' : ''}`;
    prev.disabled = i === 0;
    next.disabled = i >= Math.min(total - 1, live.slide);
    toLive.disabled = own === null;
    page.dataset['slide'] = String(i);
    renderVote(slide);
  }

  /** What the phone votes on for a slide: a knowledge-check question, the myth statement up, or nothing. */
  function voteView(slide: HTMLElement): VoteView | null {
    const quiz = slide.querySelector<HTMLElement>('.quiz[data-quiz]');
    const question = quiz?.dataset['quiz'];
    if (quiz && question) {
      const revealed = isRevealed(entries, question);
      quiz.classList.toggle('is-revealed', revealed);
      const answer = quiz.querySelector<HTMLElement>('[data-quiz-answer]');
      if (answer) answer.hidden = !revealed;
      const options = [...quiz.querySelectorAll<HTMLElement>('.quiz__option')];
      return {
        question,
        statement: '',
        // The option's own text, without the "(juist)" the deck adds for the trainer.
        options: options.map((option, k) => {
          const clone = option.querySelector('.quiz__text')?.cloneNode(true) as HTMLElement | undefined;
          clone?.querySelector('.quiz__verdict')?.remove();
          return {
            letter: OPTION_LETTERS[k] ?? String(k + 1),
            text: (clone?.textContent ?? option.textContent ?? '').trim(),
          };
        }),
        revealed,
        correct: (k) => options[k]?.hasAttribute('data-correct') ?? false,
      };
    }
    const list = slide.querySelector('[data-live-myths]');
    const lesson = slidesOf;
    if (!list || !lesson) return null;
    const statements = readMythStatements(list);
    const round = parseMythRound(entries.get(mythRoundKey(lesson))?.json, statements.length);
    const myth = currentMythPoll(lesson, round, statements);
    if (!myth) return null;
    return {
      question: myth.question,
      statement: `Stelling ${myth.index + 1} van ${myth.total}: ${myth.statement}`,
      options: MYTH_LABELS.map((text) => ({ letter: '', text })),
      revealed: !myth.open,
      correct: (k) => MYTH_OPTIONS[k] === myth.verdict,
      verdict: myth.verdict ? `Het is een ${myth.verdict}.` : '',
    };
  }

  function renderVote(slide: HTMLElement): void {
    const view = voteView(slide);
    voteBox.hidden = !view;
    if (!view) return;
    const { question, revealed } = view;
    const mine = votes.get(question);
    const waiting = pending.has(question);
    statementEl.hidden = view.statement === '';
    statementEl.textContent = view.statement;
    const list = voteBox.querySelector('ol')!;
    if (list.children.length !== view.options.length || list.dataset['question'] !== question) {
      list.dataset['question'] = question;
      list.replaceChildren(
        ...view.options.map((option, k) => {
          const li = document.createElement('li');
          const button = document.createElement('button');
          button.type = 'button';
          button.className = 'live-vote__option';
          button.dataset['option'] = String(k);
          if (option.letter) {
            const letter = document.createElement('span');
            letter.className = 'live-vote__letter';
            letter.setAttribute('aria-hidden', 'true');
            letter.textContent = option.letter;
            button.append(letter);
          }
          const text = document.createElement('span');
          text.textContent = option.text;
          button.append(text);
          li.append(button);
          return li;
        }),
      );
    }
    [...list.querySelectorAll<HTMLButtonElement>('button')].forEach((button, k) => {
      button.setAttribute('aria-pressed', String(mine === k));
      button.disabled = mine !== undefined || revealed || waiting || connection !== 'live';
      button.dataset['result'] = revealed ? (view.correct(k) ? 'juist' : 'fout') : '';
    });
    const name = (k: number) => view.options[k]?.letter || view.options[k]?.text || String(k + 1);
    voteNote.textContent =
      mine !== undefined
        ? `Je stemde ${name(mine)}.${revealed ? ` ${view.verdict ?? ''}`.trimEnd() : ' Wacht op het antwoord op het scherm.'}`
        : revealed
          ? `Het antwoord is bekend; stemmen is gesloten.${view.verdict ? ` ${view.verdict}` : ''}`
          : waiting
            ? 'Je stem wordt verstuurd…'
            : voteError ||
              (connection === 'live'
                ? 'Kies je antwoord. Je stemt anoniem en één keer.'
                : 'Geen verbinding: stemmen kan zodra de verbinding terug is.');
  }

  voteBox.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('[data-option]') : null;
    const question = voteBox.querySelector('ol')?.dataset['question'];
    if (!button || button.disabled || !question) return;
    voteError = sendVote(question, Number(button.dataset['option']))
      ? ''
      : 'Geen verbinding: je stem is niet verstuurd. Probeer het zo opnieuw.';
    render();
  });

  const leaf = (step: number) => {
    const live = livePosition(entries.values());
    if (!live) return;
    const target = shownSlide(live.slide, own, slides.length) + step;
    own = target >= live.slide ? null : Math.max(0, target);
    render();
  };
  prev.addEventListener('click', () => leaf(-1));
  next.addEventListener('click', () => leaf(1));
  toLive.addEventListener('click', () => {
    own = null;
    render();
  });

  trainerForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = trainerForm.querySelector<HTMLInputElement>('input')!;
    const error = trainerForm.querySelector<HTMLElement>('[data-live-pin-error]')!;
    const pin = input.value.replace(/\s/g, '');
    if (!isPin(pin)) {
      error.textContent = 'Vul de pincode van zes cijfers in die de trainer in het opdrachtvenster ziet.';
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    input.removeAttribute('aria-invalid');
    error.textContent = '';
    writeHostCredentials({ room, pin });
    const lesson = livePosition(entries.values())?.lesson;
    location.href = withBase(lesson ? `/workshop/${lesson}/presentator/` : '/workshop/');
  });

  render();
}

/**
 * A host window (projector or presenter) in a live room. Runs the island sync a second time, over the live
 * socket instead of BroadcastChannel, on the same stores: the slide, the blackout, the quiz reveals, the
 * lesson switch and the islands. So a presenter on a tablet drives the projector on the laptop, and the
 * participants' phones follow. On top: it opens voting on the quiz slide being shown (and closes it on
 * the reveal), and on the myth quiz's statement on screen (closed when the trainer answers it); shows the
 * votes as a bar chart, and on the projector puts the room's QR code on the title slide. The panel also
 * carries the room controls (close the room, lift the PIN lock, discard a question's votes) and the
 * server's warnings. When the room ends (`npm run live -- --new-room`), the laptop reloads into the new
 * room and a tablet goes to the new room's page to enter the new PIN.
 */
import type { LiveServerMessage } from '../../lib/island-sync/live-protocol';
import { SYNC_APP, SYNC_VERSION } from '../../lib/island-sync/protocol';
import { createSync, type ChannelLike } from '../../lib/island-sync/sync';
import { currentMythPoll, MYTH_LABELS } from '../../lib/live/myth-poll';
import { isDeckPosition, isFollowableSwitch } from '../../lib/workshop/deck-position';
import { $deck } from '../../stores/deck';
import { $workshopIslands } from '../../stores/workshopIslands';
// cspell:words nanostores
import type { WritableAtom } from 'nanostores';
import type { DeckSwitch } from '../../lib/workshop/deck-position';
import { withBase } from '../../lib/base';
import { isRoomCode } from '../../lib/island-sync/live-protocol';
import { writeHostCredentials, type HostCredentials } from './host-credentials';
import { createResultsPanel } from './live-results';
import { readMythStatements, MYTH_ISLAND } from './myth-statements';
import { openLiveSocket, type LiveStatusAnswer, type Outgoing } from './live-socket';
import './live-host.css';

/**
 * What the deck hands to the live room. Declared here, with the code that uses it: the deck's hook
 * (`../workshop/live-client.ts`) imports this module lazily and only its type statically, so the two
 * no longer import each other.
 */
export interface LiveDeck {
  lesson: string;
  mode: 'projector' | 'presenter';
  total: number;
  /** The lesson ids a lesson switch may go to. */
  known: string[];
  root: HTMLElement;
  quizzes: Map<HTMLElement, WritableAtom<{ revealed: boolean }>>;
  $switch: WritableAtom<DeckSwitch>;
}

/** Joins the room as host and wires the deck to it. */
export function startLiveHost(deck: LiveDeck, credentials: HostCredentials, status: LiveStatusAnswer): void {
  const { root, lesson, mode, total, quizzes, $switch } = deck;
  const slides = [...root.querySelectorAll<HTMLElement>('[data-deck-stage] > .slide')];
  const listeners = new Set<(event: { data: unknown }) => void>();
  let offset = 0;
  const tallies = new Map<string, number[]>();
  // The presenter's panel is part of its stage grid (a row under the current slide); the projector's floats
  // in a column the vote slide leaves free. Either way the slide is fitted again when the chart comes or goes.
  const stage = root.querySelector<HTMLElement>('[data-deck-stage]');
  const panel = createResultsPanel(
    mode === 'presenter' && stage ? stage : root,
    (shown) => {
      root.classList.toggle('has-live-votes', shown);
      window.dispatchEvent(new Event('resize'));
    },
    {
      door: (open) => socket.send({ kind: 'admin', action: open ? 'open-door' : 'close-door' }),
      unlockPin: () => socket.send({ kind: 'admin', action: 'unlock-pin' }),
      resetVotes: () => {
        const quiz = currentQuiz();
        if (quiz) socket.send({ kind: 'admin', action: 'reset', question: quiz.question });
      },
    },
  );
  root.classList.add('is-live-room');
  // The laptop gets room and PIN from the server itself; a tablet typed them.
  const onLaptop = Boolean(status.room);

  const socket = openLiveSocket({
    join: () => ({ kind: 'join', room: credentials.room, role: mode, pin: credentials.pin }),
    onStatus: (state, detail) => {
      root.dataset['liveStatus'] = state;
      if (state === 'refused' && detail === 'bad-pin') writeHostCredentials(null);
      if (state === 'refused') panel.notice(REFUSED_TEXT[detail ?? ''] ?? 'De live-sessie weigert dit scherm.');
      else if (state === 'reconnecting') panel.notice('Verbinding met de live-sessie weg. Opnieuw verbinden…');
      else if (state === 'live') panel.notice('');
    },
    onMessage: (message) => receive(message),
  });

  // The island sync's channel, over the socket: what the sync posts goes to the server, what the server
  // relays comes back in as channel messages.
  const channel: ChannelLike = {
    postMessage(message) {
      const { app: _app, v: _v, from: _from, ...rest } = message as Record<string, unknown>;
      socket.send(rest as Outgoing);
    },
    addEventListener: (_type, listener) => void listeners.add(listener),
    removeEventListener: (_type, listener) => void listeners.delete(listener),
  };
  // Every device stamps its changes on the server's clock, so the later change wins across devices too.
  const sync = createSync({ channel, now: () => Date.now() + offset });
  sync.join(`deck:${lesson}`, $deck, (v) => isDeckPosition(v, total));
  sync.join('switch', $switch, (v) => isFollowableSwitch(v, lesson, deck.known, Date.now() + offset));
  for (const [el, $quiz] of quizzes) {
    sync.join(
      `quiz:${el.dataset['quiz']}`,
      $quiz,
      (v) => typeof v === 'object' && v !== null && typeof (v as { revealed?: unknown }).revealed === 'boolean',
    );
  }
  const joined = new Map<string, () => void>();
  $workshopIslands.subscribe((islands) => {
    for (const [id, entry] of Object.entries(islands)) {
      if (!joined.has(id)) joined.set(id, sync.join(`island:${lesson}:${id}`, entry.target, entry.validate));
    }
  });

  /** What the room votes on on the slide being shown: a knowledge-check question or a myth statement. */
  const currentQuiz = (): {
    question: string;
    options: number;
    revealed: boolean;
    labels?: readonly string[];
  } | null => {
    const slide = slides[$deck.get().slide];
    const el = slide?.querySelector<HTMLElement>('.quiz[data-quiz]');
    const $quiz = el ? quizzes.get(el) : undefined;
    const question = el?.dataset['quiz'];
    if (el && $quiz && question) {
      return { question, options: el.querySelectorAll('.quiz__option').length, revealed: $quiz.get().revealed };
    }
    const list = slide?.querySelector<HTMLElement>('[data-live-myths]');
    const round = $workshopIslands.get()[MYTH_ISLAND]?.target.get();
    // Until the island has hydrated here, this window does not know which statement is up: it opens nothing.
    if (!list || round === undefined) return null;
    const myth = currentMythPoll(lesson, round, readMythStatements(list));
    return myth && { question: myth.question, options: MYTH_LABELS.length, revealed: !myth.open, labels: MYTH_LABELS };
  };

  // A room without a slide yet (the first host to join): say where this deck is, so phones show it at once.
  let announce = false;
  const deckKey = `deck:${lesson}`;

  let lastPoll = '';
  const updatePoll = (force = false) => {
    const quiz = currentQuiz();
    panel.show(quiz ? (tallies.get(quiz.question) ?? new Array<number>(quiz.options).fill(0)) : null, quiz?.labels);
    if (!quiz || quiz.options < 2) return;
    const poll = { kind: 'poll' as const, question: quiz.question, options: quiz.options, open: !quiz.revealed };
    const key = JSON.stringify(poll);
    if (key === lastPoll && !force) return;
    if (socket.send(poll)) lastPoll = key;
  };
  $deck.subscribe(() => updatePoll());
  for (const $quiz of quizzes.values()) $quiz.listen(() => updatePoll());
  // The myth quiz's round: a new statement or the trainer's answer opens or closes its poll.
  let mythTarget: unknown = null;
  $workshopIslands.subscribe((islands) => {
    const myth = islands[MYTH_ISLAND]?.target;
    if (!myth || myth === mythTarget) return;
    mythTarget = myth;
    myth.listen(() => updatePoll());
    updatePoll();
  });

  const receive = (message: LiveServerMessage) => {
    switch (message.kind) {
      case 'welcome':
        offset = message.now - Date.now();
        announce = true;
        panel.participants(message.participants);
        sync.hello();
        updatePoll(true);
        return;
      case 'hello':
      case 'state':
      case 'snapshot': {
        const data = { ...message, app: SYNC_APP, v: SYNC_VERSION };
        for (const listener of listeners) listener({ data });
        if (message.kind === 'snapshot' && announce) {
          announce = false;
          if (!message.entries.some((e) => e.key === deckKey)) {
            socket.send({ kind: 'state', key: deckKey, json: JSON.stringify($deck.get()), t: Date.now() + offset });
          }
        }
        return;
      }
      case 'tally':
        tallies.set(message.question, message.counts);
        panel.participants(message.participants);
        updatePoll();
        return;
      case 'count':
        panel.participants(message.participants);
        return;
      case 'room':
        panel.room(message);
        return;
      case 'ended':
        if (onLaptop) {
          // The server hands the laptop the new room on the next load.
          location.reload();
          return;
        }
        writeHostCredentials(null);
        if (message.next && isRoomCode(message.next)) location.href = withBase(`/live/${message.next}/`);
        else panel.notice('Deze live-sessie is afgelopen.');
        return;
      default:
        return;
    }
  };

  if (mode === 'projector' && status.qr && status.joinUrl) showRoomQr(root, status.qr, status.joinUrl);
}

/** What a host window says when the server refuses it for good. */
const REFUSED_TEXT: Record<string, string> = {
  'bad-pin': 'Verkeerde pincode. Open de deelnemerspagina en vul de pincode opnieuw in.',
  locked: 'Pincode geblokkeerd na te veel foute pogingen. Geef ze vrij op de laptop (knop “Pincode vrijgeven”).',
  'no-room': 'Deze live-sessie bestaat niet (meer).',
  ended: 'Deze live-sessie is afgelopen.',
};

/** Puts the room's QR code on the title slide instead of the lesson's. */
function showRoomQr(root: HTMLElement, svg: string, joinUrl: string): void {
  const figure = root.querySelector<HTMLElement>('.slide--title .slide__qr');
  if (!figure) return;
  // The SVG comes from our own server; parse it as SVG (no HTML, no scripts) before it goes in.
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const el = doc.documentElement;
  if (el.nodeName !== 'svg' || el.querySelector('script, foreignObject')) return;
  const caption = document.createElement('figcaption');
  const strong = document.createElement('strong');
  strong.textContent = 'Doe live mee op je telefoon:';
  const url = document.createElement('span');
  url.className = 'slide__url';
  url.textContent = joinUrl;
  const people = document.createElement('span');
  people.className = 'slide__people';
  people.dataset['livePeopleQr'] = '';
  caption.append(strong, document.createElement('br'), url, document.createElement('br'), people);
  figure.replaceChildren(document.importNode(el, true), caption);
  figure.dataset['live'] = '';
}

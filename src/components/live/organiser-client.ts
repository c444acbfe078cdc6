/**
 * The organiser panel's script (`OrganiserPanel.astro`): only on a page the live server sent (its marker)
 * and only when that server announces the organiser API does the panel show. The key is kept in this tab's
 * sessionStorage and sent in a header, never in an address. Everything the server says is validated
 * (`organiser-rooms.ts`) and shown as text; the QR code is an image (an SVG in an <img> runs nothing).
 */
import {
  ORGANISER_KEY_HEADER,
  ORGANISER_MESSAGES,
  ORGANISER_PATH,
  parseOpenedRoom,
  parseRoomList,
  roomStatus,
  type OpenedRoom,
  type OrganiserRoom,
} from '../../lib/live/organiser-rooms';
import { writeHostCredentials } from './host-credentials';

const KEY_STORE = 'vdl-organiser-key';

type Answer = { ok: true; response: Response } | { ok: false; status: number; message: string };

function storedKey(): string {
  try {
    return sessionStorage.getItem(KEY_STORE) ?? '';
  } catch {
    return '';
  }
}

function storeKey(key: string | null): void {
  try {
    if (key) sessionStorage.setItem(KEY_STORE, key);
    else sessionStorage.removeItem(KEY_STORE);
  } catch {
    // Private mode: the trainer pastes the key again after a reload.
  }
}

/** A call to the API; a failure carries the server's Dutch message (or ours when it sent none). */
async function call(method: 'GET' | 'POST', path: string, key: string): Promise<Answer> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      cache: 'no-store',
      headers: { [ORGANISER_KEY_HEADER]: key, accept: 'application/json' },
    });
  } catch {
    return { ok: false, status: 0, message: ORGANISER_MESSAGES.noServer };
  }
  if (response.ok) return { ok: true, response };
  let message: string = response.status >= 500 ? ORGANISER_MESSAGES.noServer : ORGANISER_MESSAGES.failed;
  try {
    const body = (await response.json()) as { message?: unknown };
    if (typeof body.message === 'string' && body.message.length < 300) message = body.message;
  } catch {
    // A proxy's error page: our own message stands.
  }
  return { ok: false, status: response.status, message };
}

/** Whether the server announces the organiser API. */
async function announced(): Promise<boolean> {
  try {
    const response = await fetch(ORGANISER_PATH, { cache: 'no-store', headers: { accept: 'application/json' } });
    if (!response.ok) return false;
    return ((await response.json()) as { organiser?: unknown }).organiser === true;
  } catch {
    return false;
  }
}

/** Shows the panel when a live server with the organiser API serves this page. */
export function startOrganiserPanel(): void {
  const panel = document.querySelector<HTMLElement>('[data-organiser]');
  if (!panel || !document.querySelector('meta[name="vdl-live"]')) return;
  void announced().then((yes) => {
    if (yes) setUp(panel);
  });
}

function setUp(panel: HTMLElement): void {
  const $ = <T extends HTMLElement>(name: string) => panel.querySelector<T>(`[data-organiser-${name}]`)!;
  const form = $<HTMLFormElement>('form');
  const keyInput = $<HTMLInputElement>('key');
  const error = $('error');
  const status = $('status');
  const opened = $('opened');
  const list = $<HTMLUListElement>('list');
  const empty = $('empty');
  panel.hidden = false;
  keyInput.value = storedKey();

  const say = (text: string) => (status.textContent = text);
  const showError = (text: string, keyWrong = false) => {
    error.textContent = text;
    if (keyWrong) {
      keyInput.setAttribute('aria-invalid', 'true');
      keyInput.focus();
    }
  };
  const clearError = () => {
    error.textContent = '';
    keyInput.removeAttribute('aria-invalid');
  };
  /** The key to send, or null (with a message) when none was pasted. */
  const key = (): string | null => {
    const value = keyInput.value.trim();
    if (value) return value;
    showError('Plak eerst de organisatiesleutel in het veld.', true);
    return null;
  };
  /** A failed call: a wrong key is forgotten, so it is not sent again. */
  const failed = (answer: Extract<Answer, { ok: false }>) => {
    if (answer.status === 401) storeKey(null);
    showError(answer.message, answer.status === 401);
  };

  const render = (rooms: OrganiserRoom[], withKey: string) => {
    empty.hidden = rooms.length > 0;
    list.replaceChildren(...rooms.map((room) => roomItem(room, withKey)));
  };

  const refresh = async (withKey: string): Promise<boolean> => {
    const answer = await call('GET', `${ORGANISER_PATH}/rooms`, withKey);
    if (!answer.ok) {
      failed(answer);
      return false;
    }
    clearError();
    storeKey(withKey);
    render(parseRoomList(await answer.response.json().catch(() => null)), withKey);
    return true;
  };

  const roomItem = (room: OrganiserRoom, withKey: string): HTMLLIElement => {
    const item = document.createElement('li');
    item.dataset['room'] = room.code;
    const title = document.createElement('p');
    const strong = document.createElement('strong');
    strong.textContent = `Zaal ${room.code}`;
    title.append(strong);
    const text = document.createElement('p');
    text.textContent = roomStatus(room);
    const actions = document.createElement('p');
    actions.className = 'organiser__actions';
    if (room.endedAt === null) {
      actions.append(button('Zaal beëindigen', room.code, () => void end(room.code, withKey)));
    } else {
      actions.append(button('Resultaten downloaden (CSV)', room.code, () => void download(room.code, withKey)));
    }
    item.append(title, text, actions);
    return item;
  };

  const end = async (code: string, withKey: string) => {
    const sure = window.confirm(
      `Zaal ${code} beëindigen? De deelnemers kunnen daarna niet meer meedoen; de resultaten blijven te downloaden.`,
    );
    if (!sure) return;
    const answer = await call('POST', `${ORGANISER_PATH}/rooms/${code}/end`, withKey);
    if (!answer.ok) return failed(answer);
    if (opened.dataset['room'] === code) opened.hidden = true;
    if (await refresh(withKey)) {
      say(`Zaal ${code} is beëindigd.`);
      list.querySelector<HTMLButtonElement>(`[data-room="${code}"] button`)?.focus();
    }
  };

  const download = async (code: string, withKey: string) => {
    const answer = await call('GET', `${ORGANISER_PATH}/rooms/${code}/resultaten.csv`, withKey);
    if (!answer.ok) return failed(answer);
    const url = URL.createObjectURL(await answer.response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = `resultaten-${code}.csv`;
    link.hidden = true;
    panel.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say(`De resultaten van zaal ${code} worden gedownload.`);
  };

  const show = (room: OpenedRoom) => {
    opened.dataset['room'] = room.code;
    $('opened-title').textContent = `Zaal ${room.code} is open`;
    const qr = document.createElement('img');
    qr.className = 'organiser__qr';
    qr.width = 220;
    qr.height = 220;
    qr.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(room.qr)}`;
    qr.alt = `QR-code: deelnemers doen mee via ${room.joinUrl}`;
    $('qr').replaceChildren(qr);
    const join = $<HTMLAnchorElement>('join');
    join.href = room.joinUrl;
    join.textContent = room.joinUrl;
    $('pin').textContent = room.pin;
    opened.hidden = false;
    opened.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const withKey = key();
    if (!withKey) return;
    void (async () => {
      const answer = await call('POST', `${ORGANISER_PATH}/rooms`, withKey);
      if (!answer.ok) return failed(answer);
      clearError();
      storeKey(withKey);
      const room = parseOpenedRoom(await answer.response.json().catch(() => null));
      if (!room) return showError(ORGANISER_MESSAGES.failed);
      // The deck in this tab joins the new room as its host (as a tablet does after typing the PIN).
      writeHostCredentials({ room: room.code, pin: room.pin });
      show(room);
      await refresh(withKey);
    })();
  });
  $('refresh').addEventListener('click', () => {
    const withKey = key();
    if (withKey) void refresh(withKey).then((ok) => ok && say('De lijst met je zalen is bijgewerkt.'));
  });
  if (keyInput.value) void refresh(keyInput.value);
}

/** A button whose name says which room it acts on (it starts with the visible label, as speech input needs). */
function button(label: string, code: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'button button--secondary';
  element.textContent = label;
  element.setAttribute('aria-label', `${label}: zaal ${code}`);
  element.addEventListener('click', onClick);
  return element;
}

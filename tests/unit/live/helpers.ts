/** Test helpers for the live server: a WebSocket client that collects what it receives. */
import { WebSocket } from 'ws';

export interface TestClient {
  ws: WebSocket;
  received: Record<string, unknown>[];
  send(message: Record<string, unknown> | string): void;
  /** Resolves with the first received message (from now or earlier) that matches. */
  waitFor(match: (m: Record<string, unknown>) => boolean, timeout?: number): Promise<Record<string, unknown>>;
  closed: Promise<number>;
}

/** An envelope as every client message carries it. */
export const env = (from = 'test-client') => ({ app: 'vdl-workshop', v: 1, from });

/** Opens a socket to the live server on `port`. */
export async function connect(port: number, origin?: string): Promise<TestClient> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/live/ws`, origin ? { origin } : {});
  const received: Record<string, unknown>[] = [];
  const waiters: { match: (m: Record<string, unknown>) => boolean; done: (m: Record<string, unknown>) => void }[] = [];
  ws.on('message', (data) => {
    const m = JSON.parse(data.toString()) as Record<string, unknown>;
    received.push(m);
    for (const w of [...waiters]) {
      if (w.match(m)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.done(m);
      }
    }
  });
  const closed = new Promise<number>((done) => ws.on('close', (code) => done(code)));
  await new Promise<void>((done, fail) => {
    ws.once('open', () => done());
    ws.once('error', fail);
  });
  return {
    ws,
    received,
    closed,
    send: (message) => ws.send(typeof message === 'string' ? message : JSON.stringify(message)),
    waitFor(match, timeout = 5000) {
      const found = received.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((done, fail) => {
        const timer = setTimeout(
          () => fail(new Error(`no matching message; got ${JSON.stringify(received.slice(-5))}`)),
          timeout,
        );
        waiters.push({ match, done: (m) => (clearTimeout(timer), done(m)) });
      });
    },
  };
}

/** A voter token as a participant's browser makes it. */
export const voter = (n: number) => `voter-token-${String(n).padStart(8, '0')}`;

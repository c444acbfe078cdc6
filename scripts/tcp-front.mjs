// A round-robin TCP front that stands for the reverse proxy in front of several live-server processes (the
// Redis-mode integration tests and `npm run bench:live`): each new connection goes to the next process that
// accepts it; one that refuses (killed) is skipped. The connection to a process is made from the client's own
// source address (every 127.x.y.z is this machine on Linux), so a process still sees one address per phone,
// as it would behind a proxy that passes the client's address on. Loopback only; no HTTP parsing.
import { connect, createServer } from 'node:net';

/**
 * Starts the front on a free port of 127.0.0.1; `upstreams()` gives the ports to spread over (asked anew for
 * every connection). Resolves with `{ port, close() }`.
 */
export async function startFront(upstreams) {
  let next = 0;
  const open = new Set();
  const server = createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    client.on('error', () => undefined);
    client.pause();
    const ports = upstreams();
    // Each connection tries every process once, from its turn on (other connections move `next` meanwhile).
    const first = next++;
    const attempt = (tries) => {
      if (tries >= ports.length || client.destroyed) return void client.destroy();
      const port = ports[(first + tries) % ports.length];
      const localAddress = (client.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
      const upstream = connect({ port, host: '127.0.0.1', localAddress });
      let connected = false;
      upstream.once('connect', () => {
        connected = true;
        open.add(upstream);
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
      upstream.on('error', () => {
        if (!connected) attempt(tries + 1);
      });
      upstream.on('close', () => {
        open.delete(upstream);
        if (connected) client.destroy();
      });
      client.on('close', () => upstream.destroy());
    };
    attempt(0);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done()));
  return {
    port: server.address().port,
    close: () =>
      new Promise((done) => {
        for (const socket of open) socket.destroy();
        server.close(() => done());
      }),
  };
}

// Run as a script (`node scripts/tcp-front.mjs PORT…`): a front over those ports in a process of its own (the
// bench, so that relaying every byte does not share an event loop with its simulated phones); prints its port.
if (import.meta.url === `file://${process.argv[1]}`) {
  const ports = process.argv.slice(2).map(Number);
  const front = await startFront(() => ports);
  process.stdout.write(`${front.port}\n`);
}

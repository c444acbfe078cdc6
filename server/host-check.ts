/**
 * Which requests come from the trainer's laptop, and which `Host` names this server answers to.
 *
 * - A request is the laptop's own when it comes from a loopback address or from one of the machine's own
 *   interface addresses: a projector opened via the LAN address (`http://192.168.1.20:4330/workshop/`) on the
 *   laptop itself is the laptop too. A phone cannot fake its source address on a TCP connection.
 * - `Host` must name an address the server listens on (or `localhost`), with its port: a page of another site
 *   that points its own name at 127.0.0.1 (DNS rebinding) is refused before any answer, so the PIN never
 *   reaches it, whatever the browser does.
 */
import { networkInterfaces } from 'node:os';

/** The machine's own addresses (IPv4 and IPv6, without zone), read at most once per `maxAgeMs`. */
export function ownAddresses(maxAgeMs = 5_000): () => Set<string> {
  let cached = new Set<string>();
  let at = -Infinity;
  return () => {
    const now = Date.now();
    if (now - at < maxAgeMs) return cached;
    at = now;
    cached = new Set(['127.0.0.1', '::1']);
    for (const list of Object.values(networkInterfaces())) {
      for (const info of list ?? []) cached.add(info.address.replace(/%.*$/, '').toLowerCase());
    }
    return cached;
  };
}

/** An address as the socket reports it, without the IPv4-in-IPv6 prefix. */
export function plainAddress(address: string | undefined): string {
  return (address ?? '').replace(/^::ffff:/i, '').toLowerCase();
}

/** Whether a request's source address is this machine. */
export function isOwnMachine(address: string | undefined, own: Set<string>): boolean {
  return own.has(plainAddress(address));
}

/**
 * Whether a `Host` header names this server: one of `names` (host names or addresses, IPv6 without
 * brackets) and the listening port (a missing port means 80). `port` null: any port (a process behind a
 * reverse proxy, whose public port is not its own; the name still has to be one of `names`).
 */
export function isAllowedHost(header: string | undefined, names: Set<string>, port: number | null): boolean {
  if (!header) return false;
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(header.trim());
  if (!match) return false;
  const name = match[1]!.replace(/^\[|\]$/g, '').toLowerCase();
  const givenPort = match[2] === undefined ? 80 : Number(match[2]);
  return (port === null || givenPort === port) && names.has(name);
}

/** The names a server on `listenHost` answers to. */
export function hostNames(listenHost: string, own: Set<string>, extra: readonly string[] = []): Set<string> {
  const names = new Set(['localhost', '127.0.0.1', '::1', ...extra.map((n) => n.toLowerCase())]);
  const everywhere = listenHost === '0.0.0.0' || listenHost === '::' || listenHost === '';
  for (const address of everywhere ? own : [listenHost.toLowerCase()]) names.add(address);
  return names;
}

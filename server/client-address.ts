/**
 * Who is behind a request. A hosted live service (Redis mode) runs behind a reverse proxy on the same machine
 * (`deploy/nginx/live.conf`), so every request reaches the server from a loopback address. Then, and only
 * then, the proxy's headers are believed: the client is the last address in `X-Forwarded-For` (the one the
 * proxy saw; earlier entries are whatever the client claimed) and `X-Forwarded-Proto` says whether the public
 * side is https. A header from any other peer is ignored: only a process on this machine can set it.
 * The live server's limits per address, its metrics path and the organiser API's wrong-key limit all go by
 * this address.
 */
import type { IncomingMessage } from 'node:http';
import { plainAddress } from './host-check';

/** Whether a request comes from the machine the server runs on by its loopback address. */
export function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

const ADDRESS = /^[0-9a-f:.]{2,45}$/i;

/** The request's client address: the proxy's last `X-Forwarded-For` entry when `behindProxy` and the peer is loopback. */
export function clientAddress(req: IncomingMessage, behindProxy: boolean): string {
  const peer = plainAddress(req.socket.remoteAddress);
  const forwarded = req.headers['x-forwarded-for'];
  if (!behindProxy || !isLoopback(peer) || typeof forwarded !== 'string') return peer;
  const last = forwarded.split(',').at(-1)?.trim() ?? '';
  return ADDRESS.test(last) ? plainAddress(last) : peer;
}

/** The scheme the client used: https only when a local proxy says so. */
export function publicScheme(req: IncomingMessage, behindProxy: boolean): 'http' | 'https' {
  const peer = plainAddress(req.socket.remoteAddress);
  return behindProxy && isLoopback(peer) && req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http';
}

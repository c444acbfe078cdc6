/** An in-memory stand-in for BroadcastChannel: messages reach every other channel of the hub on `flush()`. */
import type { ChannelLike } from '../../../src/lib/island-sync/sync';

type Listener = (event: { data: unknown }) => void;

/** A set of connected fake channels, like the tabs of one browser. */
export class FakeHub {
  private channels = new Set<FakeChannel>();
  private queue: { from: FakeChannel; data: unknown }[] = [];

  /** Opens a channel on this hub. */
  open(): FakeChannel {
    const channel = new FakeChannel(this);
    this.channels.add(channel);
    return channel;
  }

  /** Queues a message from one channel (cloned, as BroadcastChannel does). */
  send(from: FakeChannel, data: unknown): void {
    this.queue.push({ from, data: structuredClone(data) });
  }

  /** Injects a message as if another page had posted it. */
  inject(data: unknown): void {
    this.queue.push({ from: null as unknown as FakeChannel, data });
  }

  /** Delivers queued messages (and those they cause) until none are left; returns how many were delivered. */
  flush(limit = 1000): number {
    let delivered = 0;
    while (this.queue.length) {
      if (delivered++ > limit) throw new Error('message storm: more than ' + limit + ' messages');
      const { from, data } = this.queue.shift()!;
      for (const channel of this.channels) if (channel !== from) channel.deliver(data);
    }
    return delivered;
  }

  close(channel: FakeChannel): void {
    this.channels.delete(channel);
  }
}

/** One end of the hub. */
export class FakeChannel implements ChannelLike {
  private listeners = new Set<Listener>();
  sent: unknown[] = [];
  constructor(private hub: FakeHub) {}
  postMessage(message: unknown): void {
    this.sent.push(message);
    this.hub.send(this, message);
  }
  addEventListener(_type: 'message', listener: Listener): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'message', listener: Listener): void {
    this.listeners.delete(listener);
  }
  deliver(data: unknown): void {
    for (const listener of this.listeners) listener({ data });
  }
  close(): void {
    this.hub.close(this);
  }
}

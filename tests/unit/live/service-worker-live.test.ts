import { describe, expect, it, vi } from 'vitest';
import { serviceWorkerSource } from '../../../src/lib/offline/service-worker-source';

/** Runs the generated worker against a fake `self` and returns its fetch handler. */
function fetchHandler(base: string) {
  const handlers: Record<string, (event: unknown) => void> = {};
  const self = {
    location: { origin: 'http://laptop:4330' },
    addEventListener: (type: string, h: (e: unknown) => void) => (handlers[type] = h),
  };
  new Function('self', 'caches', serviceWorkerSource({ version: 'v', base, urls: [] }))(self, {
    open: () => new Promise(() => undefined),
  });
  return handlers['fetch']!;
}

describe('service worker and the live room', () => {
  it.each(['/', '/cursus/'])('leaves live routes to the network (base %s) and still handles the rest', (base) => {
    const handle = fetchHandler(base);
    const event = (path: string) => ({
      request: { method: 'GET', url: `http://laptop:4330${base}${path}`, mode: 'navigate' },
      respondWith: vi.fn(),
    });
    for (const path of ['live/abcdefghjk/', 'live/api/status', 'live/ws']) {
      const e = event(path);
      handle(e);
      expect(e.respondWith).not.toHaveBeenCalled();
    }
    const page = event('lessen/');
    handle(page);
    expect(page.respondWith).toHaveBeenCalled();
  });
});

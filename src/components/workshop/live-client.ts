/**
 * The deck's hook into a live room (`npm run live`): asks the server whether it runs and, only then, loads
 * the host code (`../live/live-host.ts`) that joins the room with the trainer PIN. On a static host the page
 * has no live marker (`server/static-files.ts`), so nothing happens: no request, no socket, no extra code.
 */
import { LIVE_STATUS_PATH } from '../../lib/island-sync/live-protocol';
import { readHostCredentials } from '../live/host-credentials';
import type { LiveDeck } from '../live/live-host';
import { probeLive } from '../live/live-socket';

/** Joins the live room if a live server serves this page; does nothing otherwise. */
export function startLive(deck: LiveDeck): void {
  // The live server marks the pages it sends; on a static host there is nothing to ask.
  if (!document.querySelector('meta[name="vdl-live"]')) return;
  void probeLive(LIVE_STATUS_PATH).then(async (status) => {
    if (!status) return;
    // The trainer's own laptop gets room and PIN from the server; another device brings them from the
    // participant page, where the trainer typed the PIN.
    const credentials = status.room && status.pin ? { room: status.room, pin: status.pin } : readHostCredentials();
    if (!credentials) return;
    const { startLiveHost } = await import('../live/live-host');
    startLiveHost(deck, credentials, status);
  });
}

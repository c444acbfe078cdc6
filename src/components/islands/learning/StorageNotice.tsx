/**
 * Tells the reader when progress can't be kept (storage blocked) or stored progress had to be set aside.
 * Several islands on one page include it; only the first one that mounts shows it, so it appears once.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { noticeLines } from '../../../lib/progress/notice';
import { $storageNotice, dismissNotice } from '../../../stores/storage-notice';

let host: symbol | null = null;

/** The notice, shown by the first island on the page that renders one. */
export default function StorageNotice() {
  const [me] = useState(() => Symbol('notice'));
  const [isHost, setIsHost] = useState(false);
  const state = useStore($storageNotice);

  useEffect(() => {
    if (host === null) host = me;
    setIsHost(host === me);
    return () => {
      if (host === me) host = null;
    };
  }, [me]);

  if (!isHost) return null;
  const lines = state.dismissed ? [] : noticeLines(state);
  // The live region stays in place (empty) so that a later problem, e.g. a full quota, is announced.
  return (
    <div role="status">
      {lines.length > 0 && (
        <div class="storage-notice">
          {lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
          <button type="button" class="link-button" onClick={dismissNotice}>
            Begrepen
          </button>
        </div>
      )}
    </div>
  );
}

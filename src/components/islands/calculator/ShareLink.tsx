/**
 * "Kopieer de link": copies the page URL, which holds the calculation (see url-binding.ts). Where the
 * clipboard is not available, it shows the link to copy by hand.
 */
import { useState } from 'preact/hooks';

/** The button and its status message. */
export function ShareLink() {
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState<string | null>(null);
  const copy = async () => {
    // Let a pending URL update land first (it waits for typing to pause).
    await new Promise((resolve) => setTimeout(resolve, 200));
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setManual(null);
      setStatus('De link staat op je klembord. Wie hem opent, ziet deze berekening.');
    } catch {
      setManual(url);
      setStatus('Kopiëren lukte niet; selecteer de link hieronder en kopieer hem zelf.');
    }
  };
  return (
    <div class="calc-share no-print">
      <button type="button" class="button button--secondary calc-share__button" onClick={copy}>
        Kopieer de link naar deze berekening
      </button>
      <p class="calc-share__status" role="status">
        {status}
      </p>
      {manual && (
        <input class="calc-share__manual" type="text" readOnly value={manual} aria-label="Link naar deze berekening" />
      )}
    </div>
  );
}

/**
 * A QR code as inline SVG, made at build time (the deck's title slide links phones to the lesson's reading
 * page without any request to another site). Dark modules on white in every theme, as scanners want.
 */
import QRCode from 'qrcode';

/**
 * An `<svg>` string for `url`, labelled for screen readers.
 * @example await qrSvg('https://voorbijdelike.nl/lessen/x/', 'QR-code naar de les') // '<svg role="img" …'
 */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
  const safeLabel = label.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return svg.trim().replace(/^<svg /, `<svg role="img" aria-label="${safeLabel}" class="qr" focusable="false" `);
}

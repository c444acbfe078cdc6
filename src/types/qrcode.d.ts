// The `qrcode` package ships no types; this declares the one call the workshop deck makes (at build time).
declare module 'qrcode' {
  interface QRCodeToStringOptions {
    type?: 'svg' | 'utf8' | 'terminal';
    errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
    margin?: number;
    /** Terminal output in half-height blocks (the live server prints the room's QR code). */
    small?: boolean;
    color?: { dark?: string; light?: string };
  }
  /** Renders `text` as a QR code; with `type: 'svg'` the result is an `<svg>` element as a string. */
  export function toString(text: string, options?: QRCodeToStringOptions): Promise<string>;
  const QRCode: { toString: typeof toString };
  export default QRCode;
}

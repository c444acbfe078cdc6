/**
 * The pixel size of a WebP image, read from its header, so a page can give every <img> its real width and
 * height (no layout shift while it loads) without a second copy of the numbers to keep in step. Pure: takes
 * the file's bytes. Handles the three kinds of WebP file: lossy (`VP8 `), lossless (`VP8L`) and extended
 * (`VP8X`, what browsers' canvas encoders write).
 */

/** Width and height in pixels. */
export interface ImageSize {
  width: number;
  height: number;
}

const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, at + length));
const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u24 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);

/**
 * The size of the WebP image in `bytes`, or null when the bytes are not a WebP file this can read.
 * @example webpSize(readFileSync('public/voor-trainers/planner.webp')) // { width: 960, height: 645 }
 */
export function webpSize(bytes: Uint8Array): ImageSize | null {
  if (bytes.length < 30 || ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WEBP') return null;
  const chunk = ascii(bytes, 12, 4);
  let size: ImageSize | null = null;
  if (chunk === 'VP8X') {
    // Canvas width and height minus one, 24 bits each.
    size = { width: u24(bytes, 24) + 1, height: u24(bytes, 27) + 1 };
  } else if (chunk === 'VP8 ') {
    // A key frame: the start code 9d 01 2a, then 14-bit width and height (the top two bits are scaling).
    if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) return null;
    size = { width: u16(bytes, 26) & 0x3fff, height: u16(bytes, 28) & 0x3fff };
  } else if (chunk === 'VP8L') {
    // The signature byte 0x2f, then width−1 and height−1 in 14 bits each.
    if (bytes[20] !== 0x2f) return null;
    const bits = bytes[21]! | (bytes[22]! << 8) | (bytes[23]! << 16) | (bytes[24]! << 24);
    size = { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  return size && size.width > 0 && size.height > 0 ? size : null;
}

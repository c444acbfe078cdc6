import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { webpSize } from '../../src/lib/webp-size';

/** A RIFF/WEBP file holding one chunk `name` with `payload` (what the header parser reads). */
function webp(name: string, payload: number[]): Uint8Array {
  const body = [...'WEBP'].map((c) => c.charCodeAt(0));
  const chunk = [...[...name].map((c) => c.charCodeAt(0)), payload.length, 0, 0, 0, ...payload];
  const rest = [...body, ...chunk, ...new Array(8).fill(0)];
  const size = rest.length;
  return Uint8Array.from([0x52, 0x49, 0x46, 0x46, size & 0xff, (size >> 8) & 0xff, 0, 0, ...rest]);
}

const vp8x = (w: number, h: number) =>
  webp('VP8X', [
    0x10,
    0,
    0,
    0,
    (w - 1) & 0xff,
    ((w - 1) >> 8) & 0xff,
    (w - 1) >> 16,
    (h - 1) & 0xff,
    ((h - 1) >> 8) & 0xff,
    (h - 1) >> 16,
  ]);
const vp8 = (w: number, h: number) => webp('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, w & 0xff, w >> 8, h & 0xff, h >> 8]);
const vp8l = (w: number, h: number) => {
  const bits = (w - 1) | ((h - 1) << 14);
  return webp('VP8L', [0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, (bits >>> 24) & 0xff]);
};

describe('webpSize', () => {
  it('reads the three kinds of WebP header', () => {
    expect(webpSize(vp8x(960, 540))).toEqual({ width: 960, height: 540 });
    expect(webpSize(vp8(390, 844))).toEqual({ width: 390, height: 844 });
    expect(webpSize(vp8l(1, 16384))).toEqual({ width: 1, height: 16384 });
  });

  it('reads any size each kind can hold', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16383 }), fc.integer({ min: 1, max: 16383 }), (w, h) => {
        expect(webpSize(vp8x(w, h))).toEqual({ width: w, height: h });
        expect(webpSize(vp8(w, h))).toEqual({ width: w, height: h });
        expect(webpSize(vp8l(w, h))).toEqual({ width: w, height: h });
      }),
    );
  });

  it('says null for what is not a WebP file it can read', () => {
    expect(webpSize(new Uint8Array())).toBeNull();
    expect(webpSize(new Uint8Array(64))).toBeNull();
    expect(webpSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>'.padEnd(64)))).toBeNull();
    expect(webpSize(webp('ALPH', new Array(10).fill(1)))).toBeNull();
    // A lossy frame without its start code, a lossless one without its signature, a zero-sized lossy frame.
    expect(webpSize(webp('VP8 ', [0, 0, 0, 0, 0, 0, 10, 0, 10, 0]))).toBeNull();
    expect(webpSize(webp('VP8L', [0, 0, 0, 0, 0]))).toBeNull();
    expect(webpSize(vp8(0, 5))).toBeNull();
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => void webpSize(bytes)));
  });

  it('reads the trainers’ page screenshots', () => {
    const dir = join(process.cwd(), 'public', 'voor-trainers');
    const files = readdirSync(dir).filter((f) => f.endsWith('.webp'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const size = webpSize(readFileSync(join(dir, file)));
      expect(size, file).not.toBeNull();
      expect(size!.width, file).toBeLessThanOrEqual(960);
    }
  });
});

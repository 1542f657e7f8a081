#!/usr/bin/env node
// Writes the PWA icons (public/icons/*.png) from the favicon's drawing: a red rounded square with a yellow star.
// No image library: the pixels are computed here and written as PNG with node:zlib. Run once after changing the
// drawing: node scripts/make-icons.mjs (the icons are committed).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const RED = [0xc0, 0x39, 0x2b];
const YELLOW = [0xf1, 0xc4, 0x0f];
// the star of public/favicon.svg, in its 32×32 box
const STAR = [
  [16, 6],
  [18.6, 12.3],
  [25.4, 12.8],
  [20.2, 17.2],
  [21.8, 23.8],
  [16, 20.3],
  [10.2, 23.8],
  [11.8, 17.2],
  [6.6, 12.8],
  [13.4, 12.3],
];

function inside(poly, x, y) {
  let c = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

function inRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 32 - r);
  const cy = Math.min(Math.max(y, r), 32 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** RGBA pixels of the icon at `size`; `maskable`: full-bleed background, star in the 80 % safe zone. */
function draw(size, maskable) {
  const px = Buffer.alloc(size * size * 4);
  const samples = 4; // 4×4 supersampling for smooth edges
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let bg = 0;
      let star = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = ((x + (sx + 0.5) / samples) / size) * 32;
          const v = ((y + (sy + 0.5) / samples) / size) * 32;
          const onBg = maskable || inRoundedSquare(u, v, 6);
          if (!onBg) continue;
          bg++;
          // the maskable icon shrinks the star to 70 % around the centre
          const k = maskable ? 1 / 0.7 : 1;
          if (inside(STAR, 16 + (u - 16) * k, 16 + (v - 16) * k)) star++;
        }
      }
      const n = samples * samples;
      const a = bg / n;
      const t = bg ? star / bg : 0;
      const o = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) px[o + c] = Math.round(RED[c] * (1 - t) + YELLOW[c] * t);
      px[o + 3] = Math.round(a * 255);
    }
  }
  return px;
}

const CRC = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/icons');
mkdirSync(out, { recursive: true });
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
  ['apple-touch-icon-180.png', 180, true],
]) {
  writeFileSync(path.join(out, name), png(size, draw(size, maskable)));
  console.log(`wrote public/icons/${name}`);
}

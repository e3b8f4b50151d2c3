#!/usr/bin/env node
// Draws the toolbar icon (an open ring, a "C", around a check mark) at every size the stores need,
// as anti-aliased PNGs, with no image library: signed distances per pixel, 4x4 supersampling.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [11, 92, 173];
const GREEN = [22, 140, 76];

function segmentDistance(px, py, ax, ay, bx, by) {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Colour and coverage of the point (x, y) in a unit square. */
function shade(x, y) {
  const [cx, cy] = [0.5, 0.5];
  const r = Math.hypot(x - cx, y - cy);
  const angle = Math.atan2(y - cy, x - cx);
  // The ring, open on the right (a "C").
  if (Math.abs(r - 0.38) < 0.085 && Math.abs(angle) > 0.75) return BLUE;
  // The check mark.
  const check = Math.min(
    segmentDistance(x, y, 0.33, 0.52, 0.46, 0.65),
    segmentDistance(x, y, 0.46, 0.65, 0.78, 0.3),
  );
  if (check < 0.07) return GREEN;
  return null;
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const samples = 4;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0];
      let hits = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = shade((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          hits++;
          for (let c = 0; c < 3; c++) sum[c] += colour[c];
        }
      }
      const at = y * (size * 4 + 1) + 1 + x * 4;
      for (let c = 0; c < 3; c++) raw[at + c] = hits ? Math.round(sum[c] / hits) : 0;
      raw[at + 3] = Math.round((255 * hits) / (samples * samples));
    }
  }
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, png(size));

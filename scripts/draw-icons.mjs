// Draws the toolbar icon (a shield holding a check mark) at every size the stores ask for.
// Run once after changing the drawing: node scripts/draw-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const SHIELD = [0x1e, 0x23, 0x29];
// The rim in the extension's own indigo (components/Brand.tsx draws the same mark), not Binance's gold.
const RIM = [0x63, 0x66, 0xf1];
const WHITE = [0xff, 0xff, 0xff];

// Coverage at a point in the unit square, for each layer.
function insideShield(x, y) {
  if (y < 0.08 || y > 0.94) return false;
  const half = y < 0.55 ? 0.4 : 0.4 * Math.sqrt(Math.max(0, 1 - ((y - 0.55) / 0.39) ** 2));
  const notch = y < 0.16 ? (0.16 - y) * 1.2 : 0;
  return Math.abs(x - 0.5) <= half - notch;
}
function insideRim(x, y) {
  return insideShield(x, y) && !insideShield(0.5 + (x - 0.5) * 1.16, 0.07 + (y - 0.07) * 1.1);
}
function distToSegment(px, py, ax, ay, bx, by) {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}
function insideCheck(x, y) {
  const d = Math.min(distToSegment(x, y, 0.31, 0.5, 0.45, 0.65), distToSegment(x, y, 0.45, 0.65, 0.7, 0.36));
  return d < 0.065;
}

function pixel(x, y) {
  if (insideCheck(x, y)) return [...WHITE, 255];
  if (insideRim(x, y)) return [...RIM, 255];
  if (insideShield(x, y)) return [...SHIELD, 255];
  return [0, 0, 0, 0];
}

function render(size) {
  const ss = 4;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const [r, g, b, a] = pixel((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          acc[0] += r * a;
          acc[1] += g * a;
          acc[2] += b * a;
          acc[3] += a;
        }
      }
      const alpha = acc[3] / (ss * ss);
      const o = 1 + px * 4;
      row[o] = acc[3] ? Math.round(acc[0] / acc[3]) : 0;
      row[o + 1] = acc[3] ? Math.round(acc[1] / acc[3]) : 0;
      row[o + 2] = acc[3] ? Math.round(acc[2] / acc[3]) : 0;
      row[o + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, raw) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icon/${size}.png`, render(size));
console.log(`wrote public/icon/{${SIZES.join(',')}}.png`);

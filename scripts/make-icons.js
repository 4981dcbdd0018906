// Draws the add-in's ribbon and app icons as PNGs (16/32/64/80 px) into assets/, with no
// image library: each icon is a few shapes given as signed distance functions, sampled 4×4 per
// pixel for smooth edges, and written with zlib. Run: node scripts/make-icons.js
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { Buffer } = require('buffer');

const SIZES = [16, 32, 64, 80];
const GREEN = [33, 115, 70]; // Excel's green
const WHITE = [255, 255, 255];

// Shapes in a 0..1 square; each returns the distance to its edge (negative inside).
const capsule = (ax, ay, bx, by, r) => (x, y) => {
  const px = x - ax,
    py = y - ay,
    dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy) - r;
};
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = (x0 + x1) / 2,
    cy = (y0 + y1) / 2;
  const qx = Math.abs(x - cx) - (x1 - x0) / 2 + r,
    qy = Math.abs(y - cy) - (y1 - y0) / 2 + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const frame = (x0, y0, x1, y1, w) => (x, y) => Math.abs(roundedRect(x0, y0, x1, y1, 0.02)(x, y)) - w / 2;
/** A ring from angle a0 to a1 (radians, clockwise from 3 o'clock, y down). */
const arc = (cx, cy, r, w, a0, a1) => (x, y) => {
  let a = Math.atan2(y - cy, x - cx);
  if (a < a0) a += 2 * Math.PI;
  if (a >= a0 && a <= a1) return Math.abs(Math.hypot(x - cx, y - cy) - r) - w / 2;
  const end = (t) => Math.hypot(x - (cx + r * Math.cos(t)), y - (cy + r * Math.sin(t))) - w / 2;
  return Math.min(end(a0), end(a1));
};
const triangle = (p) => (x, y) => {
  // Negative inside a convex polygon given clockwise (y down); good enough near the edges.
  let d = -Infinity;
  for (let i = 0; i < p.length; i++) {
    const [ax, ay] = p[i],
      [bx, by] = p[(i + 1) % p.length];
    const nx = by - ay,
      ny = ax - bx,
      len = Math.hypot(nx, ny);
    d = Math.max(d, ((x - ax) * nx + (y - ay) * ny) / len);
  }
  return d;
};
const union =
  (...shapes) =>
  (x, y) =>
    Math.min(...shapes.map((s) => s(x, y)));

const background = roundedRect(0.02, 0.02, 0.98, 0.98, 0.16);
const glyphs = {
  // 重新计算: a circular arrow.
  recalculate: union(
    arc(0.5, 0.52, 0.26, 0.1, -Math.PI * 0.35, Math.PI * 1.3),
    triangle([
      [0.62, 0.08],
      [0.86, 0.3],
      [0.55, 0.38],
    ]),
  ),
  // 检查: a check mark.
  validate: union(capsule(0.24, 0.52, 0.43, 0.72, 0.06), capsule(0.43, 0.72, 0.78, 0.3, 0.06)),
  // 插入模板: a blank sheet with rows and a label column.
  template: union(
    frame(0.2, 0.16, 0.8, 0.84, 0.07),
    capsule(0.2, 0.38, 0.8, 0.38, 0.03),
    capsule(0.2, 0.6, 0.8, 0.6, 0.03),
    capsule(0.45, 0.16, 0.45, 0.84, 0.03),
  ),
  // 显示任务窗格: a window with a pane on the right.
  pane: union(frame(0.16, 0.2, 0.84, 0.8, 0.07), roundedRect(0.56, 0.2, 0.84, 0.8, 0.02)),
  // The add-in itself: a sheet with a check.
  logo: union(
    frame(0.16, 0.16, 0.84, 0.84, 0.07),
    capsule(0.3, 0.52, 0.45, 0.67, 0.06),
    capsule(0.45, 0.67, 0.72, 0.34, 0.06),
  ),
};

function render(glyph, size) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = 4; // samples per axis
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0,
        fg = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size,
            y = (py + (sy + 0.5) / n) / size;
          if (background(x, y) <= 0) {
            bg++;
            if (glyph(x, y) <= 0) fg++;
          }
        }
      }
      const alpha = bg / (n * n),
        white = bg ? fg / bg : 0;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(GREEN[c] * (1 - white) + WHITE[c] * white);
      rgba[i + 3] = Math.round(alpha * 255);
    }
  }
  return png(size, size, rgba);
}

function png(width, height, rgba) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++)
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

// zlib.crc32 exists only from Node 20.15; the table version is short enough to keep here.
function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

const out = path.join(__dirname, '..', 'assets');
fs.mkdirSync(out, { recursive: true });
for (const [name, glyph] of Object.entries(glyphs)) {
  for (const size of [...SIZES, ...(name === 'logo' ? [128] : [])]) {
    fs.writeFileSync(path.join(out, `${name}-${size}.png`), render(glyph, size));
  }
}

// Colours of SpreadsheetML as '#RRGGBB': an ARGB value, an index into the (possibly customised)
// legacy palette, or a theme colour, each lightened or darkened by a tint.

/** A <color>/<fgColor> element's attributes. */
export interface ColorRef {
  rgb?: string;
  indexed?: string;
  theme?: string;
  tint?: string;
}

/** The legacy 64-colour palette (indexed 0–63); 64/65 are the system foreground/background. */
// prettier-ignore
export const DEFAULT_PALETTE: readonly string[] = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
  '000000', 'FFFFFF',
];

/** Colour sources of one workbook: its palette and its theme's colours in theme-index order. */
export interface ColorContext {
  palette: readonly string[];
  theme: readonly string[];
}

/** '#RRGGBB' for a colour reference; null when it names none we can resolve (auto, bad index). */
export function resolveColor(ref: ColorRef, ctx: ColorContext): string | null {
  let rgb: string | undefined;
  if (ref.rgb && /^[0-9A-Fa-f]{6,8}$/.test(ref.rgb)) rgb = ref.rgb.slice(-6);
  else if (ref.theme !== undefined) rgb = ctx.theme[Number(ref.theme)];
  else if (ref.indexed !== undefined) rgb = ctx.palette[Number(ref.indexed)];
  if (!rgb) return null;
  const tint = Number(ref.tint ?? 0);
  return `#${(tint ? applyTint(rgb, tint) : rgb).toUpperCase()}`;
}

// Excel computes tints in HLS with 240 steps per component (as Windows' colour picker does);
// rounding there, not in floating point, gives its exact colours (accent 4472C4 at 40 % → 8EA9DB).
const HLS_MAX = 240;

function toHls(r: number, g: number, b: number): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (!d) return [0, l, 0];
  const s = l < 0.5 ? d / (max + min) : d / (2 - max - min);
  const h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, l, s];
}

function hue(p: number, q: number, t: number): number {
  const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
  if (u < 1 / 6) return p + (q - p) * 6 * u;
  if (u < 1 / 2) return q;
  if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
  return p;
}

function fromHls(h: number, l: number, s: number): [number, number, number] {
  if (!s) return [l, l, l];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  return [hue(p, q, h + 1 / 3), hue(p, q, h), hue(p, q, h - 1 / 3)];
}

/** Excel's tint: the colour's lightness moved towards black (tint < 0) or white (tint > 0). */
export function applyTint(rgb: string, tint: number): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255);
  const [h, l, s] = toHls(r, g, b).map((v) => Math.round(v * HLS_MAX));
  const lum = Math.round(tint < 0 ? l * (1 + tint) : l * (1 - tint) + HLS_MAX * tint);
  return fromHls(h / HLS_MAX, lum / HLS_MAX, s / HLS_MAX)
    .map((v) =>
      Math.round(v * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('');
}

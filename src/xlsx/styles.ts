// xl/styles.xml as a reader needs it: each cell format (<xf> of <cellXfs>, a cell's `s` index)
// gives a number format code and a solid fill colour.

import { BUILTIN_FORMATS } from '../core/values/number-format';
import { DEFAULT_PALETTE, resolveColor, type ColorContext, type ColorRef } from './colors';
import { MAIN_NS } from './namespaces';
import { attr, scanXml, type XmlTag } from './xml';

/** What one cell format means for the Grid. */
export interface CellFormat {
  /** Number format code ('General', '0.00%', a built-in id's code). */
  format: string;
  /** '#RRGGBB' of a solid fill, null for none or any other pattern. */
  fill: string | null;
}

export interface Styles {
  /** By `s` index; index 0 is also every cell without `s`. */
  formats: CellFormat[];
}

const GENERAL: CellFormat = { format: 'General', fill: null };

export function emptyStyles(): Styles {
  return { formats: [GENERAL] };
}

/** The code of a number format id: the workbook's own <numFmt>, else the built-in one. */
export function formatCode(id: number, custom: Map<number, string>): string {
  return custom.get(id) ?? BUILTIN_FORMATS[id] ?? 'General';
}

function colorRef(tag: XmlTag): ColorRef {
  return {
    rgb: attr(tag, 'rgb'),
    indexed: attr(tag, 'indexed'),
    theme: attr(tag, 'theme'),
    tint: attr(tag, 'tint'),
  };
}

/** Reads the cell formats; `theme` is the theme's colours in theme-index order (see theme.ts). */
export function readStyles(text: string, part: string, theme: readonly string[] = []): Styles {
  const custom = new Map<number, string>();
  const xfs: { numFmtId: number; fillId: number }[] = [];
  // Per <fill> of <fills>: the solid pattern's foreground colour reference, or null.
  const fills: (ColorRef | null)[] = [];
  const palette: string[] = [];
  let container = '';
  let pattern: string | undefined;
  scanXml(text, part, {
    open(tag) {
      if (!MAIN_NS.includes(tag.uri)) return;
      const name = tag.local;
      switch (name) {
        case 'numFmts':
        case 'fills':
        case 'cellXfs':
        case 'indexedColors':
          container = name;
          return;
        case 'numFmt':
          if (container === 'numFmts')
            custom.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? '');
          return;
        case 'xf':
          if (container === 'cellXfs')
            xfs.push({
              numFmtId: Number(attr(tag, 'numFmtId') ?? 0),
              fillId: Number(attr(tag, 'fillId') ?? 0),
            });
          return;
        case 'fill':
          if (container === 'fills') fills.push(null);
          return;
        case 'patternFill':
          pattern = attr(tag, 'patternType');
          return;
        case 'fgColor':
          if (container === 'fills' && pattern === 'solid') fills[fills.length - 1] = colorRef(tag);
          return;
        case 'rgbColor':
          if (container === 'indexedColors') palette.push((attr(tag, 'rgb') ?? '').slice(-6));
          return;
      }
    },
    close(tag) {
      if (tag.local === container && MAIN_NS.includes(tag.uri)) container = '';
    },
  });
  // A custom palette replaces the legacy colours it lists, index by index.
  const ctx: ColorContext = { palette: DEFAULT_PALETTE.map((c, i) => palette[i] || c), theme };
  const fillColors = fills.map((f) => (f ? resolveColor(f, ctx) : null));
  const formats = xfs.map((xf) => ({
    format: formatCode(xf.numFmtId, custom),
    fill: fillColors[xf.fillId] ?? null,
  }));
  return { formats: formats.length ? formats : [GENERAL] };
}

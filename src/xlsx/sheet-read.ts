// One worksheet part → the core's Grid: values (a formula's cached result), what each cell shows,
// number formats, solid fills, formulas (shared ones expanded) and merged areas. The cells the
// file holds (sheet-cells.ts) are laid into the dense arrays the Grid wants.

import { isDateFormat, render } from '../core/values/number-format';
import { address, type Area, type CellValue, type Grid } from '../core/model/grid';
import { gridArea, inArea } from './sheet-block';
import { SheetReader, type CellRead, type SheetContext } from './sheet-cells';
import { scanXml } from './xml';

export type { SheetContext } from './sheet-cells';

export interface SheetRead {
  grid: Grid;
  /** <sheetProtection sheet="1">: the sheet is protected against edits. */
  protected: boolean;
}

// Forms repeat the same numbers under the same formats (0, 100, 10 under '0.00'): what a
// number shows is worked out once per format and value.
const shownCache = new Map<string, Map<number, string>>();

/** What a cell shows: the core's rendering of its value under its format. */
function shownText(value: CellValue, format: string): string {
  if (value === null) return '';
  if (typeof value !== 'number') return render(value, format);
  let byValue = shownCache.get(format);
  if (!byValue) shownCache.set(format, (byValue = new Map()));
  let text = byValue.get(value);
  if (text === undefined) {
    if (byValue.size > 10000) byValue.clear(); // bounded: a long run must not keep every number
    byValue.set(value, (text = render(value, format)));
  }
  return text;
}

/** Days from 1899-12-30 to 1904-01-01: serial 0 of the 1904 date system in the 1900 system. */
const DAYS_1904 = 1462;

function rows<T>(height: number, width: number, blank: T): T[][] {
  const out: T[][] = new Array(height);
  for (let r = 0; r < height; r++) out[r] = new Array<T>(width).fill(blank);
  return out;
}

/** The cell holds a value or a formula. */
const holds = (c: CellRead) => c.value !== null || c.formula !== null;

/** The cells in `area`, and how many of the others hold something (a value or a formula), with
 * the first of them: a sheet's stray far cells, left out of its Grid (sheet-block.ts). */
function within(
  cells: CellRead[],
  area: Area,
): { cells: CellRead[]; far?: { count: number; first: string } } {
  const inside = cells.filter((c) => inArea(area, c.row, c.col));
  const far = cells.filter((c) => !inArea(area, c.row, c.col) && holds(c));
  if (!far.length) return { cells: inside };
  return { cells: inside, far: { count: far.length, first: address(far[0].row, far[0].col) } };
}

/** Reads the worksheet part `text` (named `part` in errors) into the sheet `name`'s Grid. */
export function readSheet(text: string, part: string, name: string, ctx: SheetContext): SheetRead {
  const reader = new SheetReader(ctx);
  scanXml(text, part, {
    open: reader.open,
    close: reader.close,
    text: reader.text,
  });
  reader.expandShared();
  const { merges } = reader;
  const { area, whole } = gridArea(reader.cells, () => reader.cells.filter(holds));
  const { cells, far } = whole ? { cells: reader.cells, far: undefined } : within(reader.cells, area);
  const { top, left } = area;
  const height = area.bottom - top + 1;
  const width = area.right - left + 1;
  const formats = ctx.styles.formats;
  const general = formats[0];
  const values = rows<CellValue>(height, width, null);
  const shown = rows(height, width, '');
  const formatRows = rows(height, width, general.format);
  const fills = rows<string | null>(height, width, general.fill);
  const formulas = rows<string | null>(height, width, null);

  // Cells the file does not hold show their row's or column's default style.
  for (const c of reader.colStyles) {
    const style = formats[c.style] ?? general;
    for (let col = Math.max(c.min, left); col <= Math.min(c.max, area.right); col++)
      for (let r = 0; r < height; r++) {
        formatRows[r][col - left] = style.format;
        fills[r][col - left] = style.fill;
      }
  }
  for (const [row, s] of reader.rowStyles) {
    if (row < top || row > area.bottom) continue;
    const style = formats[s] ?? general;
    formatRows[row - top].fill(style.format);
    fills[row - top].fill(style.fill);
  }

  // Old Mac workbooks (date1904) count dates from 1904-01-01; the Grid, like the core's date
  // reading and the formats' rendering, counts from 1899-12-30 (what Excel shows is the date).
  const shift = ctx.date1904;
  for (const c of cells) {
    const r = c.row - top;
    const col = c.col - left;
    const style = formats[c.style] ?? general;
    const value =
      shift && typeof c.value === 'number' && isDateFormat(style.format) ? c.value + DAYS_1904 : c.value;
    values[r][col] = value;
    shown[r][col] = shownText(value, style.format);
    formatRows[r][col] = style.format;
    fills[r][col] = style.fill;
    formulas[r][col] = c.formula;
  }

  // A merged area's value lives in its top-left cell; the others read blank, as the Grid says.
  for (const m of merges) {
    for (let row = Math.max(m.top, top); row <= Math.min(m.bottom, area.bottom); row++)
      for (let col = Math.max(m.left, left); col <= Math.min(m.right, area.right); col++) {
        if (row === m.top && col === m.left) continue;
        values[row - top][col - left] = null;
        shown[row - top][col - left] = '';
        formulas[row - top][col - left] = null;
      }
  }

  const grid: Grid = {
    sheet: name,
    top,
    left,
    values,
    text: shown,
    formats: formatRows,
    fills,
    formulas,
    merges,
  };
  if (far) grid.farCells = far;
  if (reader.protected) grid.protected = true;
  return { grid, protected: reader.protected };
}

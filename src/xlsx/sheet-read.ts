// One worksheet part → the core's Grid: values (a formula's cached result), what each cell shows,
// number formats, solid fills, formulas (shared ones expanded) and merged areas. One SAX pass;
// only the cells the file holds are visited, then laid into the dense arrays the Grid wants.

import type { Area, CellValue, Grid } from '../core/model/grid';
import { render } from '../core/values/number-format';
import { refArea, refColumn, refRow, toIndex } from './cell-ref';
import { shiftFormula } from './formula-shift';
import { serialOfIso } from './iso-date';
import { MAIN_NS } from './namespaces';
import { StringItemReader } from './rich-text';
import type { Styles } from './styles';
import { attr, scanXml, type XmlTag } from './xml';

/** What a sheet's cells refer to outside the sheet part. */
export interface SheetContext {
  strings: readonly string[];
  styles: Styles;
  date1904: boolean;
}

export interface SheetRead {
  grid: Grid;
  /** <sheetProtection sheet="1">: the sheet is protected against edits. */
  protected: boolean;
}

interface CellRead {
  row: number;
  col: number;
  style: number;
  value: CellValue;
  formula: string | null;
}

interface SharedFollower {
  cell: CellRead;
  si: string;
}

const TRUE = new Set(['1', 'true']);

/** A cell's value from its type (`t`) and the text of its <v>. */
function valueOf(type: string | undefined, v: string | null, ctx: SheetContext): CellValue {
  if (v === null) return null;
  switch (type) {
    case 's':
      return ctx.strings[toIndex(v)] ?? null;
    case 'str':
    case 'e': // an error keeps its text ('#DIV/0!'): the core reports it as unreadable
      return v;
    case 'b':
      return TRUE.has(v.trim());
    case 'd':
      return serialOfIso(v.trim(), ctx.date1904) ?? v;
    default: {
      if (v.trim() === '') return null;
      const n = Number(v);
      return Number.isNaN(n) ? v : n;
    }
  }
}

/** Collects the cells, merges and protection of one sheet in one pass. */
class SheetReader {
  readonly cells: CellRead[] = [];
  readonly merges: Area[] = [];
  readonly masters = new Map<string, CellRead & { text: string }>();
  readonly followers: SharedFollower[] = [];
  /** Default style of a row (`customFormat`) and of column ranges (<col style>). */
  readonly rowStyles = new Map<number, number>();
  readonly colStyles: { min: number; max: number; style: number }[] = [];
  protected = false;
  private mainNs = '';
  private row = -1;
  private col = -1;
  // The cell being read.
  private cell: CellRead | null = null;
  private type: string | undefined;
  private v: string | null = null;
  private inV = false;
  private f: { text: string; type?: string; si?: string } | null = null;
  private inF = false;
  private inline: StringItemReader | null = null;

  constructor(private readonly ctx: SheetContext) {}

  // Handlers as bound properties: scanXml calls them directly, one call per event.
  readonly open = (tag: XmlTag): void => {
    if (tag.uri !== this.mainNs) {
      if (!MAIN_NS.includes(tag.uri)) return;
      this.mainNs = tag.uri;
    }
    if (this.inline) return this.inline.open(tag);
    switch (tag.local) {
      case 'c':
        return this.openCell(tag);
      case 'v':
        this.inV = true;
        this.v = '';
        return;
      case 'f':
        this.inF = true;
        this.f = { text: '', type: attr(tag, 't'), si: attr(tag, 'si') };
        return;
      case 'is':
        this.inline = new StringItemReader();
        return;
      case 'row': {
        const r = attr(tag, 'r');
        this.row = r ? toIndex(r) - 1 : this.row + 1;
        this.col = -1;
        const s = attr(tag, 's');
        if (s && TRUE.has(attr(tag, 'customFormat') ?? '')) this.rowStyles.set(this.row, Number(s));
        return;
      }
      case 'col': {
        const s = attr(tag, 'style');
        if (s && s !== '0')
          this.colStyles.push({
            min: Number(attr(tag, 'min')) - 1,
            max: Number(attr(tag, 'max')) - 1,
            style: Number(s),
          });
        return;
      }
      case 'mergeCell': {
        const area = refArea(attr(tag, 'ref') ?? '');
        if (area) this.merges.push(area);
        return;
      }
      case 'sheetProtection':
        this.protected = TRUE.has(attr(tag, 'sheet') ?? '');
        return;
    }
  };

  private openCell(tag: XmlTag): void {
    const r = attr(tag, 'r');
    if (r) {
      const col = refColumn(r);
      const row = refRow(r);
      this.col = col;
      if (row >= 0) this.row = row;
    } else this.col++;
    const s = attr(tag, 's');
    this.cell = { row: this.row, col: this.col, style: s ? toIndex(s) : 0, value: null, formula: null };
    this.type = attr(tag, 't');
    this.v = null;
    this.f = null;
  }

  readonly close = (tag: XmlTag): void => {
    if (tag.uri !== this.mainNs) return;
    if (this.inline) {
      if (tag.local !== 'is') return this.inline.close(tag);
      this.v = this.inline.take();
      this.inline = null;
      return;
    }
    switch (tag.local) {
      case 'v':
        this.inV = false;
        return;
      case 'f':
        this.inF = false;
        return;
      case 'c':
        return this.closeCell();
    }
  };

  private closeCell(): void {
    const cell = this.cell;
    if (!cell) return;
    this.cell = null;
    const type = this.type;
    cell.value = type === 'inlineStr' ? this.v : valueOf(type, this.v, this.ctx);
    const f = this.f;
    if (f) {
      if (f.type === 'shared' && f.si !== undefined) {
        if (f.text) this.masters.set(f.si, { ...cell, text: f.text });
        else this.followers.push({ cell, si: f.si });
      }
      if (f.text) cell.formula = `=${f.text}`;
    }
    this.cells.push(cell);
  }

  readonly text = (text: string): void => {
    if (this.inline) this.inline.text(text);
    else if (this.inV) this.v += text;
    else if (this.inF && this.f) this.f.text += text;
  };

  /** Followers of shared formulas get the master's formula moved by their offset. */
  expandShared(): void {
    for (const { cell, si } of this.followers) {
      const m = this.masters.get(si);
      if (m) cell.formula = `=${shiftFormula(m.text, cell.row - m.row, cell.col - m.col)}`;
    }
  }
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

/** The grid's rectangle: from the first to the last cell the sheet holds. */
function bounds(cells: CellRead[]): Area {
  if (!cells.length) return { top: 0, left: 0, bottom: -1, right: -1 };
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const c of cells) {
    if (c.row < top) top = c.row;
    if (c.row > bottom) bottom = c.row;
    if (c.col < left) left = c.col;
    if (c.col > right) right = c.col;
  }
  return { top, left, bottom, right };
}

function rows<T>(height: number, width: number, blank: T): T[][] {
  const out: T[][] = new Array(height);
  for (let r = 0; r < height; r++) out[r] = new Array<T>(width).fill(blank);
  return out;
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
  const { cells, merges } = reader;
  const area = bounds(cells);
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

  for (const c of cells) {
    const r = c.row - top;
    const col = c.col - left;
    const style = formats[c.style] ?? general;
    values[r][col] = c.value;
    shown[r][col] = shownText(c.value, style.format);
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
  if (reader.protected) grid.protected = true;
  return { grid, protected: reader.protected };
}

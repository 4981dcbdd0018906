// One SAX pass over a worksheet part: the cells the file holds (position, style, value, formula
// with shared ones expanded), merged areas, protection, and the row and column default styles.

import type { Area, CellValue } from '../core/model/grid';
import { refArea, refColumn, refRow, toIndex } from './cell-ref';
import { WorkbookFormatError } from './errors';
import { shiftFormula } from './formula-shift';
import { serialOfIso } from './iso-date';
import { MAIN_NS } from './namespaces';
import { StringItemReader } from './rich-text';
import type { Styles } from './styles';
import { attr, type XmlTag } from './xml';

/** What a sheet's cells refer to outside the sheet part. */
export interface SheetContext {
  strings: readonly string[];
  styles: Styles;
  date1904: boolean;
}

/** One cell the file holds: 0-based position, cell format index (`s`), value and formula ('=…'). */
export interface CellRead {
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
    case 's': {
      const s = ctx.strings[toIndex(v)];
      // No shared strings at all: the workbook lost its strings part, every label with it.
      if (s === undefined && !ctx.strings.length)
        throw new WorkbookFormatError('cells refer to shared strings, but the workbook has none');
      return s ?? null;
    }
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
export class SheetReader {
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

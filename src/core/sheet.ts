// SheetView: reads a Grid by absolute 0-based row/col, resolving merged areas to their
// top-left cell, so the recogniser never cares where the used range starts or what is merged.

import { address, type Area, type CellValue, type Grid } from './grid';
import { labelKey } from './text';

export interface Cell {
  row: number;
  col: number;
}

export class SheetView {
  readonly rows: number;
  readonly cols: number;
  private readonly mergeAt = new Map<number, Area>();
  /** Label keys, computed once per cell: recognition looks at most cells several times. */
  private readonly keys = new Map<number, string>();

  constructor(readonly grid: Grid) {
    this.rows = grid.top + grid.values.length;
    this.cols = grid.left + Math.max(0, ...grid.values.map((r) => r.length));
    for (const m of grid.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) this.mergeAt.set(this.key(r, c), m);
      }
    }
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  /** The merged area a cell belongs to, if any. */
  merge(row: number, col: number): Area | undefined {
    return this.mergeAt.get(this.key(row, col));
  }

  /** The cell that holds the value shown at (row, col): the top-left of its merged area. */
  master(row: number, col: number): Cell {
    const m = this.merge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** Right-most column a cell's merged area covers. */
  right(row: number, col: number): number {
    return this.merge(row, col)?.right ?? col;
  }

  value(row: number, col: number): CellValue {
    const m = this.master(row, col);
    return this.grid.values[m.row - this.grid.top]?.[m.col - this.grid.left] ?? null;
  }

  text(row: number, col: number): string {
    const m = this.master(row, col);
    const t = this.grid.text[m.row - this.grid.top]?.[m.col - this.grid.left];
    if (t !== undefined && t !== null && t !== '') return String(t);
    const v = this.value(row, col);
    return v === null || v === undefined ? '' : String(v);
  }

  format(row: number, col: number): string {
    const m = this.master(row, col);
    return this.grid.formats[m.row - this.grid.top]?.[m.col - this.grid.left] ?? 'General';
  }

  fill(row: number, col: number): string | null | undefined {
    if (!this.grid.fills) return undefined;
    return this.grid.fills[row - this.grid.top]?.[col - this.grid.left] ?? null;
  }

  formula(row: number, col: number): string | null {
    return this.grid.formulas?.[row - this.grid.top]?.[col - this.grid.left] ?? null;
  }

  /** The label key (no spaces, colons, half-width) of what a cell shows. */
  key2(row: number, col: number): string {
    const k = this.key(row, col);
    let key = this.keys.get(k);
    if (key === undefined) {
      key = labelKey(this.text(row, col));
      this.keys.set(k, key);
    }
    return key;
  }

  isBlank(row: number, col: number): boolean {
    return this.text(row, col).trim() === '';
  }

  address(cell: Cell): string {
    return address(cell.row, cell.col);
  }

  private readonly rowCells = new Map<number, number[]>();

  /** Columns of a row where a non-blank (non-continuation) cell starts, left to right. */
  cellsOfRow(row: number): number[] {
    let cols = this.rowCells.get(row);
    if (!cols) {
      cols = [];
      for (let c = this.grid.left; c < this.cols; c++) {
        const m = this.merge(row, c);
        if ((m && m.left !== c) || this.key2(row, c) === '') continue;
        cols.push(c);
      }
      this.rowCells.set(row, cols);
    }
    return cols;
  }
}

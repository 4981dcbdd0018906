// SheetView: reads a Grid by absolute 0-based row/col, resolving merged areas to their
// top-left cell, so the recogniser never cares where the used range starts or what is merged.

import { address, widthOf, type Area, type CellValue, type Grid } from './grid';
import { labelKey } from '../values/label-key';

export interface Cell {
  row: number;
  col: number;
}

export class SheetView {
  readonly rows: number;
  readonly cols: number;
  private readonly width: number;
  /** Per cell (row-major from top/left): its merged area, its label key once computed. Forms
   * are small and dense, so flat arrays beat maps; recognition looks at most cells many times. */
  private readonly mergeAt: (Area | undefined)[];
  private readonly keys: (string | undefined)[];
  private readonly rowCells: (number[] | undefined)[];

  constructor(readonly grid: Grid) {
    this.rows = grid.top + grid.values.length;
    const widest = widthOf(grid);
    this.cols = grid.left + widest;
    this.width = widest;
    const size = grid.values.length * widest;
    this.mergeAt = new Array(size);
    this.keys = new Array(size);
    this.rowCells = new Array(grid.values.length);
    for (const m of grid.merges) {
      for (let r = Math.max(m.top, grid.top); r <= Math.min(m.bottom, this.rows - 1); r++) {
        for (let c = Math.max(m.left, grid.left); c <= Math.min(m.right, this.cols - 1); c++)
          this.mergeAt[this.index(r, c)] = m;
      }
    }
  }

  /** Position of an in-grid cell in the flat arrays; -1 outside the grid. */
  private index(row: number, col: number): number {
    if (row < this.grid.top || row >= this.rows || col < this.grid.left || col >= this.cols) return -1;
    return (row - this.grid.top) * this.width + (col - this.grid.left);
  }

  /** The merged area a cell belongs to, if any. */
  merge(row: number, col: number): Area | undefined {
    const i = this.index(row, col);
    return i < 0 ? undefined : this.mergeAt[i];
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

  /** What `cells` (one of the grid's arrays) holds for the cell shown at (row, col): the entry of
   * its merged area's top-left. One merge lookup, no Cell allocated: this runs for most cells. */
  private held<T>(cells: T[][], row: number, col: number): T | undefined {
    const m = this.merge(row, col);
    return cells[(m ? m.top : row) - this.grid.top]?.[(m ? m.left : col) - this.grid.left];
  }

  value(row: number, col: number): CellValue {
    return this.held(this.grid.values, row, col) ?? null;
  }

  text(row: number, col: number): string {
    const t = this.held(this.grid.text, row, col);
    if (t !== undefined && t !== null && t !== '') return String(t);
    const v = this.value(row, col);
    return v === null || v === undefined ? '' : String(v);
  }

  format(row: number, col: number): string {
    return this.held(this.grid.formats, row, col) ?? 'General';
  }

  fill(row: number, col: number): string | null | undefined {
    if (!this.grid.fills) return undefined;
    return this.grid.fills[row - this.grid.top]?.[col - this.grid.left] ?? null;
  }

  private anyFormula: boolean | undefined;

  /** Whether any cell of the sheet holds a formula (most forms hold none: skip looking). */
  hasFormulas(): boolean {
    if (this.anyFormula === undefined)
      this.anyFormula = !!this.grid.formulas?.some((row) => row.some((f) => f !== null && f !== undefined));
    return this.anyFormula;
  }

  formula(row: number, col: number): string | null {
    return this.grid.formulas?.[row - this.grid.top]?.[col - this.grid.left] ?? null;
  }

  /** The label key (no spaces, colons, half-width) of what a cell shows. */
  labelKeyAt(row: number, col: number): string {
    const i = this.index(row, col);
    if (i < 0) return labelKey(this.text(row, col));
    let key = this.keys[i];
    if (key === undefined) {
      key = labelKey(this.text(row, col));
      this.keys[i] = key;
    }
    return key;
  }

  isBlank(row: number, col: number): boolean {
    return this.text(row, col).trim() === '';
  }

  address(cell: Cell): string {
    return address(cell.row, cell.col);
  }

  /** Columns of a row where a non-blank (non-continuation) cell starts, left to right. */
  cellsOfRow(row: number): number[] {
    const r = row - this.grid.top;
    if (r < 0 || r >= this.rowCells.length) return [];
    let cols = this.rowCells[r];
    if (!cols) {
      cols = [];
      for (let c = this.grid.left; c < this.cols; c++) {
        const m = this.merge(row, c);
        if ((m && m.left !== c) || this.labelKeyAt(row, c) === '') continue;
        cols.push(c);
      }
      this.rowCells[r] = cols;
    }
    return cols;
  }
}

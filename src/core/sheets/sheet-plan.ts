// SheetPlan: collects the changes that lay out one new sheet and hands them back in the order a
// host can apply in one batch: the sheet, then its geometry, merges, values, styles, validation
// and page setup (merging before writing keeps each label in its area's top-left cell).

import type { CellStyle, Change, ChangeSet, PageSetup } from '../model/change-set';
import type { CellValue } from '../model/grid';

export class SheetPlan {
  private readonly geometry: Change[] = [];
  private readonly merges: Change[] = [];
  private readonly values: Change[] = [];
  private readonly styles: Change[] = [];
  private readonly finish: Change[] = [];

  constructor(readonly sheet: string) {}

  columnWidth(column: string, width: number): void {
    this.geometry.push({ kind: 'columnWidth', sheet: this.sheet, column, width });
  }

  rowHeight(row: number, height: number): void {
    this.geometry.push({ kind: 'rowHeight', sheet: this.sheet, row, height });
  }

  /** Write `value` into `range`'s top-left cell, merging the range when it spans cells. */
  write(range: string, value: CellValue, format?: string): void {
    const [first, last] = range.split(':');
    if (last && last !== first) this.merges.push({ kind: 'merge', sheet: this.sheet, range });
    this.values.push({ kind: 'value', sheet: this.sheet, cell: first, value, ...(format ? { format } : {}) });
  }

  merge(range: string): void {
    this.merges.push({ kind: 'merge', sheet: this.sheet, range });
  }

  /** Styles apply in the order given, each one only setting what it names. */
  style(range: string, style: CellStyle): void {
    this.styles.push({ kind: 'style', sheet: this.sheet, range, style });
  }

  validation(range: string, list: string[]): void {
    this.finish.push({ kind: 'validation', sheet: this.sheet, range, list });
  }

  pageSetup(setup: PageSetup): void {
    this.finish.push({ kind: 'pageSetup', sheet: this.sheet, setup });
  }

  select(cell: string): void {
    this.finish.push({ kind: 'select', sheet: this.sheet, cell });
  }

  changes(): ChangeSet {
    return [
      { kind: 'addSheet', sheet: this.sheet },
      ...this.geometry,
      ...this.merges,
      ...this.values,
      ...this.styles,
      ...this.finish,
    ];
  }
}

// Finding labels on a sheet: the cell a label stands in, a header row's columns, and the
// indicator header rows that anchor 自评表 and 目标申报表 alike.

import type { Cell, SheetView } from '../model/sheet-view';
import {
  beginsIndicatorName,
  columnOf,
  indicatorHeader,
  indicatorHeaderFallback,
  type IndicatorColumn,
} from './labels';

export type Columns<K extends string> = Partial<Record<K, number>>;

/**
 * The label key of a header's column `col`: its cell's. A header split over rows `row` and
 * `row + 1` of cells (一级 above 指标, 年度 above 指标值, as a PDF converted to a sheet has it)
 * joins the two cells' keys; a cell merged over both rows is one label.
 */
export function headerKeyAt(view: SheetView, row: number, col: number, split: boolean): string {
  const key = view.labelKeyAt(row, col);
  if (!split) return key;
  const below = view.merge(row + 1, col);
  return below && below.top <= row ? key : key + view.labelKeyAt(row + 1, col);
}

/** The columns holding a header's labels, left to right (both rows' of a split header). */
function headerCells(view: SheetView, row: number, split: boolean): number[] {
  if (!split) return view.cellsOfRow(row);
  const cols = new Set([...view.cellsOfRow(row), ...view.cellsOfRow(row + 1)]);
  return [...cols].sort((a, b) => a - b);
}

/** Maps the cells of a header (row `row`, and `row + 1` when `split`) to the columns a matcher set
 * names (first match wins). A column that `fallbacks` names is taken from them only when no cell
 * matches its own matcher. */
export function headerColumns<K extends string>(
  view: SheetView,
  row: number,
  matchers: Record<K, (key: string) => boolean>,
  fallbacks: Partial<Record<K, (key: string) => boolean>> = {},
  split = false,
): Columns<K> {
  const found: Columns<K> = {};
  const second: Columns<K> = {};
  for (const c of headerCells(view, row, split)) {
    const key = headerKeyAt(view, row, c, split);
    const name = columnOf(matchers, key);
    if (name) {
      if (found[name] === undefined) found[name] = c;
      continue;
    }
    const other = columnOf(fallbacks as Record<K, (key: string) => boolean>, key);
    if (other && second[other] === undefined) second[other] = c;
  }
  for (const name in second) if (found[name] === undefined) found[name] = second[name];
  return found;
}

/**
 * Whether rows `row` and `row + 1` hold a header split over them: some cell of `row` that is no
 * label on its own begins one `match` accepts, ended by the cell below (三级 above 指标). `begins`
 * screens the cells first, so most rows cost no joined key.
 */
export function splitHeaderAt(
  view: SheetView,
  row: number,
  match: (key: string) => boolean,
  begins: (key: string) => boolean,
): boolean {
  return view
    .cellsOfRow(row)
    .some((c) => begins(view.labelKeyAt(row, c)) && match(headerKeyAt(view, row, c, true)));
}

/** First row at or after `from` (up to `to`) holding a cell the matcher accepts, with its column. */
export function findLabel(
  view: SheetView,
  from: number,
  to: number,
  match: (key: string) => boolean,
  last = false,
): Cell | null {
  const rows = [];
  for (let r = from; r <= to; r++) rows.push(r);
  if (last) rows.reverse();
  for (const r of rows) {
    for (const c of view.cellsOfRow(r)) if (match(view.labelKeyAt(r, c))) return { row: r, col: c };
  }
  return null;
}

/** An indicator header (三级指标 …) and the columns its labels name: its first row, and its last
 * (a header merged over two rows, or split over two rows of cells). */
export interface IndicatorHeader {
  row: number;
  bottom: number;
  columns: Columns<IndicatorColumn>;
  /** Its labels are split over `row` and the row below (一级 above 指标). */
  split: boolean;
}

/**
 * The indicator header rows of a sheet, top to bottom: the rows with a 三级指标 column whose
 * columns `accept` takes (each kind of form says which columns make its header), or whose labels
 * are split over it and the row below.
 */
export function findIndicatorHeaders(
  view: SheetView,
  accept: (columns: Columns<IndicatorColumn>) => boolean,
): IndicatorHeader[] {
  const headers: IndicatorHeader[] = [];
  for (let r = view.grid.top; r < view.rows; r++) {
    // Most rows are no header: look for 三级指标 before mapping every column.
    const whole = view.cellsOfRow(r).some((c) => indicatorHeader.name(view.labelKeyAt(r, c)));
    if (!whole && !splitHeaderAt(view, r, indicatorHeader.name, beginsIndicatorName)) continue;
    // The labels in the row, else split over it and the next (三级指标 may be merged over both
    // while 年度 stands above 指标值).
    let split = !whole;
    let columns = headerColumns(view, r, indicatorHeader, indicatorHeaderFallback, split);
    if (whole && (columns.name === undefined || !accept(columns)) && r + 1 < view.rows) {
      split = true;
      columns = headerColumns(view, r, indicatorHeader, indicatorHeaderFallback, split);
    }
    if (columns.name === undefined || !accept(columns)) continue;
    const previous = headers[headers.length - 1];
    // A header merged over two rows is seen on each of them: its first row is kept.
    if (previous && r <= previous.bottom) continue;
    const bottom = split ? r + 1 : (view.merge(r, columns.name)?.bottom ?? r);
    headers.push({ row: r, bottom, columns, split });
  }
  return headers;
}

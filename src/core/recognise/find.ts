// Finding labels on a sheet: the cell a label stands in, a header row's columns, and the
// indicator header rows that anchor 自评表 and 目标申报表 alike.

import type { Cell, SheetView } from '../model/sheet-view';
import { columnOf, indicatorHeader, indicatorHeaderFallback, type IndicatorColumn } from './labels';

export type Columns<K extends string> = Partial<Record<K, number>>;

/** Maps the cells of a row to the columns a matcher set names (first match wins). A column that
 * `fallbacks` names is taken from them only when no cell matches its own matcher. */
export function headerColumns<K extends string>(
  view: SheetView,
  row: number,
  matchers: Record<K, (key: string) => boolean>,
  fallbacks: Partial<Record<K, (key: string) => boolean>> = {},
): Columns<K> {
  const found: Columns<K> = {};
  const second: Columns<K> = {};
  for (const c of view.cellsOfRow(row)) {
    const key = view.labelKeyAt(row, c);
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

/** An indicator header row (三级指标 …) and the columns its labels name. */
export interface IndicatorHeader {
  row: number;
  columns: Columns<IndicatorColumn>;
}

/**
 * The indicator header rows of a sheet, top to bottom: the rows with a 三级指标 column whose
 * columns `accept` takes (each kind of form says which columns make its header). A header merged
 * over two or more rows is seen on each of them: its first row is kept.
 */
export function findIndicatorHeaders(
  view: SheetView,
  accept: (columns: Columns<IndicatorColumn>) => boolean,
): IndicatorHeader[] {
  const headers: IndicatorHeader[] = [];
  for (let r = view.grid.top; r < view.rows; r++) {
    // Most rows are no header: look for 三级指标 before mapping every column.
    if (!view.cellsOfRow(r).some((c) => indicatorHeader.name(view.labelKeyAt(r, c)))) continue;
    const columns = headerColumns(view, r, indicatorHeader, indicatorHeaderFallback);
    if (columns.name === undefined || !accept(columns)) continue;
    const previous = headers[headers.length - 1];
    if (previous && view.merge(r, columns.name)?.top === previous.row) continue;
    headers.push({ row: r, columns });
  }
  return headers;
}

// Finding labels on a sheet: the cell a label stands in, and a header row's columns.

import type { Cell, SheetView } from '../model/sheet-view';
import { columnOf } from './labels';

export type Columns<K extends string> = Partial<Record<K, number>>;

/** Maps the cells of a row to the columns a matcher set names (first match wins). */
export function headerColumns<K extends string>(
  view: SheetView,
  row: number,
  matchers: Record<K, (key: string) => boolean>,
): Columns<K> {
  const found: Columns<K> = {};
  for (const c of view.cellsOfRow(row)) {
    const name = columnOf(matchers, view.labelKeyAt(row, c));
    if (name && found[name] === undefined) found[name] = c;
  }
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

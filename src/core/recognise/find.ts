// Finding labels on a sheet: the cell a label stands in, a header row's columns, and the
// indicator header rows that anchor 自评表 and 目标申报表 alike.

import type { Cell, SheetView } from '../model/sheet-view';
import {
  beginsIndicatorName,
  columnOf,
  goalRow,
  indicatorHeader,
  indicatorHeaderFallback,
  type IndicatorColumn,
} from './labels';

export type Columns<K extends string> = Partial<Record<K, number>>;

/**
 * The keys a header's column `col` may be read by: its cell's. A header over rows `row` and
 * `row + 1` (`split`: labels broken over two rows of cells, as a PDF converted to a sheet has
 * them, or standing in either row) is read by the two cells joined (年度 above 指标值), else the
 * upper alone (得分 above a blank), else the lower (一级指标 below a blank, or below a group label
 * such as 绩效指标); a cell merged over both rows is one label, and one merged over several
 * columns above labels is a group label: each column reads its lower label first.
 */
export function headerKeys(view: SheetView, row: number, col: number, split: boolean): string[] {
  const top = view.labelKeyAt(row, col);
  if (!split) return [top];
  const below = view.merge(row + 1, col);
  if (below && below.top <= row) return [top];
  const bottom = view.labelKeyAt(row + 1, col);
  // A label merged over several columns above labels of their own names a group of them
  // (指标值 over 年度指标值 and 实际完成值): each column is its lower label first.
  const group = view.merge(row, col);
  if (group && group.right > group.left && top && bottom) return [bottom, top + bottom, top];
  return top && bottom ? [top + bottom, top, bottom] : [top || bottom];
}

/** Whether a header's column `col` carries a label `match` accepts (see headerKeys). */
export function headerMatches(
  view: SheetView,
  row: number,
  col: number,
  split: boolean,
  match: (key: string) => boolean,
): boolean {
  // One row: its key alone, with no list made (this runs for every cell of the rows looked at).
  if (!split) return match(view.labelKeyAt(row, col));
  return headerKeys(view, row, col, split).some((k) => k !== '' && match(k));
}

/** The columns holding a header's labels, left to right (both rows' of a two-row header). */
export function headerCells(view: SheetView, row: number, split: boolean): number[] {
  if (!split) return view.cellsOfRow(row);
  const cols = new Set([...view.cellsOfRow(row), ...view.cellsOfRow(row + 1)]);
  return [...cols].sort((a, b) => a - b);
}

/** The first of `keys` a matcher set names. */
function firstNamed<K extends string>(
  matchers: Partial<Record<K, (key: string) => boolean>>,
  keys: string[],
): K | null {
  for (const key of keys) {
    const name = columnOf(matchers, key);
    if (name) return name;
  }
  return null;
}

/** Maps the cells of a header (row `row`, and `row + 1` when `split`: see headerKeys) to the
 * columns a matcher set names (first match wins). A column that `fallbacks` names is taken from
 * them only when no cell matches its own matcher. */
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
    const keys = headerKeys(view, row, c, split);
    // The two cells joined say what the column is whenever they name one, by a label or a
    // fallback (实际完成值 above 说明 is 实际完成值说明, no 实际完成值); only where they name
    // nothing is either cell read alone.
    const [joined, ...alone] = keys;
    let name = columnOf(matchers, joined);
    let other = name ? null : columnOf(fallbacks, joined);
    if (!name && !other && alone.length) {
      name = firstNamed(matchers, alone);
      other = name ? null : firstNamed(fallbacks, alone);
    }
    if (name) {
      if (found[name] === undefined) found[name] = c;
    } else if (other && second[other] === undefined) second[other] = c;
  }
  for (const name in second) if (found[name] === undefined) found[name] = second[name];
  return found;
}

/** How many columns a header names. */
export const columnCount = (columns: object): number => Object.keys(columns).length;

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
    .some((c) => begins(view.labelKeyAt(row, c)) && headerMatches(view, row, c, true, match));
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
 * (a header merged over two rows, or standing over two rows of cells). */
export interface IndicatorHeader {
  row: number;
  bottom: number;
  columns: Columns<IndicatorColumn>;
  /** Its labels stand over `row` and the row below, read as headerKeys says (一级 above 指标,
   * 一级指标 alone below the rest). */
  split: boolean;
}

/**
 * The indicator header rows of a sheet, top to bottom: the rows with a 三级指标 column whose
 * columns `accept` takes (each kind of form says which columns make its header). A header may
 * stand over two rows (see headerKeys): its labels split between them (一级 above 指标), or some
 * in one row and some in the other (一级指标 alone below the rest); it is read over both when that
 * names more columns than either row alone.
 */
/** How many columns an indicator header can name. */
const COLUMNS = Object.keys(indicatorHeader).length;

export function findIndicatorHeaders(
  view: SheetView,
  accept: (columns: Columns<IndicatorColumn>) => boolean,
): IndicatorHeader[] {
  const headers: IndicatorHeader[] = [];
  // A row read alone is asked for twice (as the row below a candidate, then as the row itself).
  const alone = new Map<number, Columns<IndicatorColumn>>();
  const columnsOf = (r: number, split: boolean) => {
    if (split) return headerColumns(view, r, indicatorHeader, indicatorHeaderFallback, true);
    let columns = alone.get(r);
    if (!columns) alone.set(r, (columns = headerColumns(view, r, indicatorHeader, indicatorHeaderFallback)));
    return columns;
  };
  const usable = (c: Columns<IndicatorColumn> | null): c is Columns<IndicatorColumn> =>
    !!c && c.name !== undefined && accept(c);
  const goalsAt = (r: number) => view.cellsOfRow(r).some((c) => goalRow(view.labelKeyAt(r, c)));
  // Most rows are no header: look for 三级指标 before mapping every column.
  const named = (r: number) =>
    r < view.rows && view.cellsOfRow(r).some((c) => indicatorHeader.name(view.labelKeyAt(r, c)));
  let next = named(view.grid.top);
  for (let r = view.grid.top; r < view.rows; r++) {
    const whole = next;
    next = named(r + 1);
    const split = !whole && splitHeaderAt(view, r, indicatorHeader.name, beginsIndicatorName);
    if (!whole && !split && !next) continue;
    const previous = headers[headers.length - 1];
    // A header merged over two rows is seen on each of them: its first row is kept.
    if (previous && r <= previous.bottom) continue;
    // The row alone, or (when 三级指标 stands in the next row) the next row alone: the pair only
    // where it names more, so only looked at where a column is missing.
    const single = whole ? columnsOf(r, false) : split ? null : columnsOf(r + 1, false);
    const complete = usable(single) && columnCount(single) === COLUMNS;
    // The 年度总体目标 row right above a header is never its upper row: its 实际完成情况 would
    // name the actual column of a header that lacks one.
    const pair = !complete && r + 1 < view.rows && !goalsAt(r) ? columnsOf(r, true) : null;
    const twoRows = usable(pair) && (!usable(single) || columnCount(pair) > columnCount(single));
    if (twoRows) {
      const bottom = Math.max(r + 1, view.merge(r, pair.name!)?.bottom ?? r);
      headers.push({ row: r, bottom, columns: pair, split: true });
    } else if (whole && usable(single))
      headers.push({
        row: r,
        bottom: view.merge(r, single.name!)?.bottom ?? r,
        columns: single,
        split: false,
      });
  }
  return headers;
}

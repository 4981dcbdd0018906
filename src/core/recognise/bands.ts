// Forms laid side by side on the same rows: each stands in its own band of columns, found from the
// indicator header rows that together name 三级指标 more than once (the forms' headers may stand a
// row or two apart). Each band is read as a sheet of its own
// (a Grid cut to its columns, addresses unchanged), so the recogniser needs no notion of bands.

import { holdsValue, type Grid } from '../model/grid';
import type { SheetView } from '../model/sheet-view';
import { headerCells, headerMatches } from './find';
import { indicatorHeader } from './labels';

/** Labels that stand left of a form's 三级指标 in its header: they belong to its band. */
const leadingHeader = (key: string) =>
  indicatorHeader.level1(key) || indicatorHeader.level2(key) || key === '绩效指标';

/**
 * Header rows this close are side by side, never stacked: a stacked form needs its own title,
 * project rows, funds and at least one indicator between two headers. Forms beside each other
 * may start a row or two apart (one has a year line, the other not).
 */
const BESIDE_ROWS = 4;

/** A 三级指标 header cell, of a header over one row or two (`split`: see headerKeys). */
interface NameCell {
  row: number;
  col: number;
  split: boolean;
}

/** The 三级指标 header cells of the header at row `r`. */
function namesOf(view: SheetView, r: number, split: boolean): NameCell[] {
  const names: NameCell[] = [];
  for (const c of headerCells(view, r, split))
    if (headerMatches(view, r, c, split, indicatorHeader.name)) names.push({ row: r, col: c, split });
  return names;
}

/**
 * The first column of each band after the first: from the 三级指标 header cells of a header row
 * and of the header rows up to BESIDE_ROWS below it (of `headers`), the group that names most.
 */
function boundaries(view: SheetView, headers: { row: number; split: boolean }[]): number[] {
  const split = new Map(headers.map((h) => [h.row, h.split]));
  const sorted = [...split.keys()].sort((a, b) => a - b);
  // Most rows name 三级指标 once: count before building anything.
  const named = new Map(sorted.map((r) => [r, namesOf(view, r, split.get(r)!)]));
  let best: number[] = [];
  for (const r of sorted) {
    const group = sorted.filter((q) => q >= r && q - r <= BESIDE_ROWS).flatMap((q) => named.get(q)!);
    // One per column (a header merged down two rows names its column twice), left to right.
    const names = [...new Map(group.map((n) => [n.col, n])).values()].sort((a, b) => a.col - b.col);
    if (names.length < 2 || names.length <= best.length + 1) continue;
    best = names.slice(1).map((name, k) => {
      const cols = headerCells(view, name.row, name.split);
      // Walk left from this 三级指标 over its 一级/二级指标 labels, not past the previous form's.
      let start = name.col;
      for (const c of cols.filter((c) => c > names[k].col && c < name.col).reverse()) {
        if (!headerMatches(view, name.row, c, name.split, leadingHeader)) break;
        start = c;
      }
      // Cells between the previous form's last header cell and this start go with this form (a
      // label column of its own left of 一级指标). Both forms' header rows are looked at: a header
      // cell merged down is no cell of the row below.
      const after = (row: number) => {
        const before =
          view
            .cellsOfRow(row)
            .filter((c) => c < start)
            .pop() ?? start - 1;
        return view.right(row, before) + 1;
      };
      let edge = Math.min(start, Math.max(after(name.row), after(names[k].row)));
      // But a column of that gap holding something above the headers is the previous form's: its
      // funds block reaches past its indicator header (得分 one column right of 偏差原因分析).
      const top = Math.min(name.row, names[k].row);
      while (edge < start && holdsAbove(view, edge, top)) edge++;
      return edge;
    });
  }
  return best;
}

/** Whether column `col` holds a value of its own (not a merged area's) in a row above `row`. */
function holdsAbove(view: SheetView, col: number, row: number): boolean {
  const { grid } = view;
  for (let r = grid.top; r < row; r++) {
    if (holdsValue(grid.values[r - grid.top]?.[col - grid.left])) return true;
  }
  return false;
}

function cut<T>(rows: T[][] | undefined, from: number, to: number): T[][] | undefined {
  return rows?.map((row) => row.slice(from, to));
}

/** The sheet cut into bands of columns, one per side-by-side form; the sheet itself when none.
 * `headers`: the indicator headers' first rows, each over one row or two (only they can name
 * 三级指标 twice). */
export function bandsOf(view: SheetView, headers: { row: number; split: boolean }[]): Grid[] {
  const starts = boundaries(view, headers);
  if (!starts.length) return [view.grid];
  const grid = view.grid;
  const edges = [grid.left, ...starts, view.cols];
  return edges.slice(0, -1).map((left, i) => {
    const from = left - grid.left;
    const to = edges[i + 1] - grid.left;
    return {
      ...grid,
      left,
      values: cut(grid.values, from, to)!,
      text: cut(grid.text, from, to)!,
      formats: grid.formats.length ? cut(grid.formats, from, to)! : grid.formats,
      fills: cut(grid.fills, from, to),
      formulas: cut(grid.formulas, from, to),
      merges: grid.merges.filter((m) => m.right >= left && m.left < edges[i + 1]),
    };
  });
}

// Forms laid side by side on the same rows: each stands in its own band of columns, found from an
// indicator header row that names 三级指标 more than once. Each band is read as a sheet of its own
// (a Grid cut to its columns, addresses unchanged), so the recogniser needs no notion of bands.

import type { Grid } from '../model/grid';
import type { SheetView } from '../model/sheet-view';
import { indicatorHeader } from './labels';

/** Labels that stand left of a form's 三级指标 in its header: they belong to its band. */
const leadingHeader = (key: string) =>
  indicatorHeader.level1(key) || indicatorHeader.level2(key) || key === '绩效指标';

/** The first column of each band after the first, from the header row (of `rows`) with most 三级指标. */
function boundaries(view: SheetView, rows: number[]): number[] {
  let best: number[] = [];
  for (const r of rows) {
    const cols = view.cellsOfRow(r);
    // Most rows hold no 三级指标 at all: count before building anything.
    let count = 0;
    for (const c of cols) if (indicatorHeader.name(view.labelKeyAt(r, c))) count++;
    if (count < 2 || count <= best.length + 1) continue;
    const names = cols.filter((c) => indicatorHeader.name(view.labelKeyAt(r, c)));
    best = names.slice(1).map((name, k) => {
      // Walk left from this 三级指标 over its 一级/二级指标 labels, not past the previous form's.
      let start = name;
      for (const c of cols.filter((c) => c > names[k] && c < name).reverse()) {
        if (!leadingHeader(view.labelKeyAt(r, c))) break;
        start = c;
      }
      // Cells between the previous form's last header cell and this start go with this form.
      const before = cols.filter((c) => c < start).pop() ?? start - 1;
      return Math.min(start, view.right(r, before) + 1);
    });
  }
  return best;
}

function cut<T>(rows: T[][] | undefined, from: number, to: number): T[][] | undefined {
  return rows?.map((row) => row.slice(from, to));
}

/** The sheet cut into bands of columns, one per side-by-side form; the sheet itself when none.
 * `headerRows`: the rows holding an indicator header (only they can name 三级指标 twice). */
export function bandsOf(view: SheetView, headerRows: number[]): Grid[] {
  const starts = boundaries(view, headerRows);
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

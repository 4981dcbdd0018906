// The block of a sheet its Grid covers. A Grid is dense, from its first cell to its last, so one
// stray cell far from the rest (a note typed at XFD1048576, a cell formatted a million rows down)
// would make it billions of cells and the reading run out of memory. On such a sheet the cells
// are split where long runs of empty rows or columns part them, and the Grid covers the block
// holding the most cells; the cells of the other blocks are left out, and counted so that the
// check can say so (FAR_CELLS). A form is a few dozen rows of cells side by side: it is never
// split, and forms stacked on one sheet stay one block.

import type { Area } from '../core/model/grid';

/** A Grid larger than this, in cells or in rows, is looked at for stray cells. */
const GRID_CELL_LIMIT = 2_000_000;
const GRID_ROW_LIMIT = 100_000;
/** Empty rows / columns that part two blocks of a sheet too large for one Grid. */
const ROW_GAP = 1000;
const COL_GAP = 100;

export interface Position {
  row: number;
  col: number;
}

/** The rectangle from the first to the last of `cells` (bottom/right -1 when there are none). */
function boundsOf(cells: readonly Position[]): Area {
  if (!cells.length) return { top: 0, left: 0, bottom: -1, right: -1 };
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const c of cells) {
    if (c.row < top) top = c.row;
    if (c.row > bottom) bottom = c.row;
    if (c.col < left) left = c.col;
    if (c.col > right) right = c.col;
  }
  return { top, left, bottom, right };
}

/** For each of the sorted distinct `values`, the index of its run: a new run starts after a gap
 * of more than `gap`. */
function runsOf(values: number[], gap: number): Map<number, number> {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const run = new Map<number, number>();
  let index = 0;
  sorted.forEach((v, i) => {
    if (i > 0 && v - sorted[i - 1] > gap + 1) index++;
    run.set(v, index);
  });
  return run;
}

/**
 * The area a sheet's Grid covers: the bounds of all `cells`, or, when those are larger than
 * GRID_CELL_LIMIT cells or GRID_ROW_LIMIT rows, the bounds of the block (cells parted from the
 * others by more than 1,000 empty rows or 100 empty columns) holding the most cells, the top-left
 * one on a tie. A block that is itself that large is real data and kept whole. `whole`: the area
 * holds every cell.
 */
export function gridArea(cells: readonly Position[]): { area: Area; whole: boolean } {
  const all = boundsOf(cells);
  const height = all.bottom - all.top + 1;
  const width = all.right - all.left + 1;
  if (height <= GRID_ROW_LIMIT && height * width <= GRID_CELL_LIMIT) return { area: all, whole: true };
  const rowRun = runsOf(
    cells.map((c) => c.row),
    ROW_GAP,
  );
  const colRun = runsOf(
    cells.map((c) => c.col),
    COL_GAP,
  );
  const counts = new Map<string, { rowRun: number; colRun: number; cells: Position[] }>();
  for (const c of cells) {
    const r = rowRun.get(c.row)!;
    const k = colRun.get(c.col)!;
    const key = `${r}:${k}`;
    let block = counts.get(key);
    if (!block) counts.set(key, (block = { rowRun: r, colRun: k, cells: [] }));
    block.cells.push(c);
  }
  let best: { rowRun: number; colRun: number; cells: Position[] } | undefined;
  for (const block of counts.values()) {
    if (
      !best ||
      block.cells.length > best.cells.length ||
      (block.cells.length === best.cells.length &&
        (block.rowRun < best.rowRun || (block.rowRun === best.rowRun && block.colRun < best.colRun)))
    )
      best = block;
  }
  const area = boundsOf(best!.cells);
  return { area, whole: best!.cells.length === cells.length };
}

/** Whether a cell lies in `area`. */
export function inArea(area: Area, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

// The area of a sheet its Grid covers. A Grid is dense, from its first cell to its last, so a
// sheet whose cells lie far apart (a note typed at XFD1048576, a fill applied down to row
// 1,048,576) would make it billions of cells and the reading run out of memory. Such a sheet's
// Grid covers only what holds something: its cells with a value or a formula, split into blocks
// where more than 1,000 empty rows or 100 empty columns part them, the blocks taken in reading
// order (top to bottom, then left to right: forms start near the top-left, strays and appended
// lists come after) as long as the area around them stays affordable. Two forms 150,000 rows
// apart, or a form above a long list, are read whole; a block that would make the area too large
// is left out, and its cells counted so that the check says so (FAR_CELLS); a first block too
// large by itself is read from its top down as far as affordable. Cells holding nothing outside
// the area are left out without a word: nothing of them matters to a form.

import type { Area } from '../core/model/grid';

/** What a Grid may cost, in cells plus a row's overhead (about 8 cells) per row: a few hundred
 * megabytes at most. */
const GRID_COST_LIMIT = 4_000_000;
const ROW_COST = 8;
/** Empty rows / columns that part two blocks of a sheet too large for one Grid. */
const ROW_GAP = 1000;
const COL_GAP = 100;

export interface Position {
  row: number;
  col: number;
}

const EMPTY: Area = { top: 0, left: 0, bottom: -1, right: -1 };

/** The rectangle from the first to the last of `cells` (bottom/right -1 when there are none). */
function boundsOf(cells: readonly Position[]): Area {
  if (!cells.length) return EMPTY;
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

function union(a: Area, b: Area): Area {
  if (a.bottom < 0) return b;
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

function cost(a: Area): number {
  const rows = a.bottom - a.top + 1;
  return rows * (a.right - a.left + 1 + ROW_COST);
}

/** How many rows of `a`'s width fit the limit. */
function rowsAffordable(a: Area): number {
  return Math.max(1, Math.floor(GRID_COST_LIMIT / (a.right - a.left + 1 + ROW_COST)));
}

/** For each distinct value, the index of its run: a new run starts after a gap of more than `gap`. */
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

/** The blocks of `cells`: cells in the same run of rows and the same run of columns. (A block's
 * bounds may overlap another's when runs interleave; the area covers both then.) */
function blocksOf(cells: readonly Position[]): Position[][] {
  const rowRun = runsOf(
    cells.map((c) => c.row),
    ROW_GAP,
  );
  const colRun = runsOf(
    cells.map((c) => c.col),
    COL_GAP,
  );
  const blocks = new Map<string, Position[]>();
  for (const c of cells) {
    const key = `${rowRun.get(c.row)}:${colRun.get(c.col)}`;
    let block = blocks.get(key);
    if (!block) blocks.set(key, (block = []));
    block.push(c);
  }
  return [...blocks.values()];
}

/**
 * The area a sheet's Grid covers: the bounds of all `cells` when that Grid is affordable, else
 * the area around the blocks of `held` (the cells with a value or a formula) taken in reading
 * order while it stays affordable. `whole`: the area holds every cell.
 */
export function gridArea(cells: readonly Position[], held: () => Position[]): { area: Area; whole: boolean } {
  const all = boundsOf(cells);
  if (cost(all) <= GRID_COST_LIMIT) return { area: all, whole: true };
  const blocks = blocksOf(held())
    .map(boundsOf)
    .sort((a, b) => a.top - b.top || a.left - b.left);
  let area = EMPTY;
  for (const block of blocks) {
    const wider = union(area, block);
    if (cost(wider) <= GRID_COST_LIMIT) area = wider;
    // The first block alone too large (a form beside a list of 200,000 rows): its top rows, as many
    // as are affordable; a form starts near the top.
    else if (area === EMPTY) area = { ...block, bottom: block.top + rowsAffordable(block) - 1 };
  }
  return { area, whole: false };
}

/** Whether a cell lies in `area`. */
export function inArea(area: Area, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

// Grouping single-cell writes into rectangular blocks, so that a column of scores is one
// Range("G12:G20").Value2 = [[…], …] instead of one call per cell: runs down a column first, and
// the cells left alone in theirs joined along their row.

import { areaAddress, parseAddress, type Area } from '../../core';

export interface CellWrite<T> {
  cell: string;
  value: T;
}

export interface BlockWrite<T> {
  /** A1 address of the block. */
  range: string;
  /** Rows of values, the block's shape. */
  values: T[][];
}

interface Placed<T> {
  row: number;
  col: number;
  value: T;
}

/** Runs of cells that follow each other along `along` and agree by `joins`. */
function runs<T>(cells: Placed<T>[], along: 'row' | 'col', joins: (a: T, b: T) => boolean): Placed<T>[][] {
  const across = along === 'row' ? 'col' : 'row';
  const sorted = [...cells].sort((a, b) => a[across] - b[across] || a[along] - b[along]);
  const out: Placed<T>[][] = [];
  for (const cell of sorted) {
    const run = out[out.length - 1];
    const last = run?.[run.length - 1];
    if (
      last &&
      last[across] === cell[across] &&
      last[along] + 1 === cell[along] &&
      joins(run[0].value, cell.value)
    )
      run.push(cell);
    else out.push([cell]);
  }
  return out;
}

/**
 * The blocks that write `writes` (the last write of a cell wins). `joins` says whether two values
 * may share a block: always for Value2, only when equal for a format or a fill set on a range.
 */
export function blocksOf<T>(writes: CellWrite<T>[], joins: (a: T, b: T) => boolean): BlockWrite<T>[] {
  const byCell = new Map<string, Placed<T>>();
  for (const w of writes) byCell.set(w.cell, { ...parseAddress(w.cell), value: w.value });
  const down = runs([...byCell.values()], 'row', joins);
  const alone = down.filter((run) => run.length === 1).map((run) => run[0]);
  const across = runs(alone, 'col', joins);
  const block = (run: Placed<T>[], vertical: boolean): BlockWrite<T> => {
    const first = run[0];
    const last = run[run.length - 1];
    const area: Area = { top: first.row, left: first.col, bottom: last.row, right: last.col };
    return {
      range: areaAddress(area),
      values: vertical ? run.map((c) => [c.value]) : [run.map((c) => c.value)],
    };
  };
  return [
    ...down.filter((run) => run.length > 1).map((run) => block(run, true)),
    ...across.map((run) => block(run, false)),
  ];
}

// Reading a property of every cell of an area in blocks: ET answers a multi-cell range's
// NumberFormat, Interior.Color or MergeCells with one value when all its cells agree and null when
// they differ, so an area is read whole and split in halves only where its cells differ. A form's
// formats run down columns and its fills along rows: each read says which way to split first.

import { areaAddress, parseArea, type Area } from '../../core';
import type { EtRange, EtWorksheet } from './et';

export type SplitFirst = 'columns' | 'rows';

function isCell(a: Area): boolean {
  return a.top === a.bottom && a.left === a.right;
}

/** The two halves of an area, splitting `first` while it has more than one. */
export function halves(a: Area, first: SplitFirst): [Area, Area] {
  const byColumns = first === 'columns' ? a.right > a.left : a.bottom === a.top;
  if (byColumns) {
    const mid = Math.floor((a.left + a.right) / 2);
    return [
      { ...a, right: mid },
      { ...a, left: mid + 1 },
    ];
  }
  const mid = Math.floor((a.top + a.bottom) / 2);
  return [
    { ...a, bottom: mid },
    { ...a, top: mid + 1 },
  ];
}

/**
 * The value of `read` for every cell of `area`, as rows of columns from the area's top-left.
 * `read` gets a range and returns its shared value, or null when its cells differ (a single
 * cell's null is taken as `fallback`).
 */
export function readInBlocks<T>(
  sheet: EtWorksheet,
  area: Area,
  first: SplitFirst,
  read: (range: EtRange) => T | null,
  fallback: T,
): T[][] {
  const out: T[][] = Array.from({ length: area.bottom - area.top + 1 }, () =>
    new Array<T>(area.right - area.left + 1).fill(fallback),
  );
  const stack = [area];
  while (stack.length) {
    const a = stack.pop()!;
    const value = read(sheet.Range(areaAddress(a)));
    if (value === null || value === undefined) {
      if (!isCell(a)) stack.push(...halves(a, first).reverse());
      continue;
    }
    for (let r = a.top; r <= a.bottom; r++)
      out[r - area.top].fill(value, a.left - area.left, a.right - area.left + 1);
  }
  return out;
}

function inside(a: Area, b: Area): boolean {
  return a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;
}

/**
 * The merged areas touching `area`, row by row from the top. Merging keeps only the top-left
 * cell's value, so a merged area's other cells are blank and its top-left cell has a blank
 * neighbour to its right or below (or one beyond the used range): only such cells can start an
 * area, and an area's other cells are found with it before they are reached. A row is asked once
 * (MergeCells of the span of its possible starts: false holds none); in a row that has merges,
 * each possible start not inside an area found is asked its MergeArea.
 */
export function mergedAreasIn(
  sheet: EtWorksheet,
  area: Area,
  blank: (row: number, col: number) => boolean,
): Area[] {
  const open = (r: number, c: number) => r > area.bottom || c > area.right || blank(r, c);
  const found: Area[] = [];
  const covered = (r: number, c: number) =>
    found.some((m) => inside({ top: r, left: c, bottom: r, right: c }, m));
  for (let r = area.top; r <= area.bottom; r++) {
    const starts: number[] = [];
    for (let c = area.left; c <= area.right; c++)
      if ((open(r, c + 1) || open(r + 1, c)) && !covered(r, c)) starts.push(c);
    if (!starts.length) continue;
    const span = { top: r, bottom: r, left: starts[0], right: starts[starts.length - 1] };
    if (sheet.Range(areaAddress(span)).MergeCells === false) continue;
    for (const c of starts) {
      if (covered(r, c)) continue;
      const merged = parseArea(
        sheet.Range(areaAddress({ top: r, left: c, bottom: r, right: c })).MergeArea.Address,
      );
      if (merged.bottom > merged.top || merged.right > merged.left) found.push(merged);
    }
  }
  return found;
}

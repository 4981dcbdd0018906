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
 * The merged areas touching `area`: blocks whose MergeCells is false hold none; a merged cell
 * names its whole area (MergeArea), and cells of an area already found are not asked again.
 */
export function mergedAreasIn(sheet: EtWorksheet, area: Area): Area[] {
  const found: Area[] = [];
  const stack = [area];
  while (stack.length) {
    const a = stack.pop()!;
    if (found.some((m) => inside(a, m))) continue;
    const range = sheet.Range(areaAddress(a));
    const merged = range.MergeCells;
    if (merged === false) continue;
    if (isCell(a)) {
      if (merged) found.push(parseArea(range.MergeArea.Address));
      continue;
    }
    stack.push(...halves(a, 'rows').reverse());
  }
  return found.sort((x, y) => x.top - y.top || x.left - y.left);
}

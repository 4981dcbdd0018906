// 循环引用 (circular reference): a formula that reads its own cell, directly or through other
// formulas of its sheet, as a 总分 of =SUM(G5,G9:G13) in G13 does. Excel and WPS warn and show 0,
// LibreOffice Err:522: no spreadsheet gives it a result, so "open and save it in Excel"
// (FORMULA_NOT_CALCULATED) would not help; the formula itself must change.

import { inside, widthOf, type Grid } from '../model/grid';
import { parseFormula, type ParsedFormula } from './parse';

/**
 * Whether the formula at (`row`, `col`) (0-based, as Cell) of `grid` reads that cell, directly or
 * through the formulas of the cells it reads on the same sheet. Other sheets' cells and what a
 * defined name or INDIRECT may read are not followed: false, never a guess. False where the cell
 * holds no formula.
 */
export function readsItself(grid: Grid, row: number, col: number): boolean {
  const formulas = grid.formulas;
  if (!formulas) return false;
  const own = grid.sheet.toUpperCase();
  const parsed = new Map<string, ParsedFormula | null>();
  const seen = new Set<number>();
  const width = widthOf(grid);
  const todo = [{ row, col }];
  while (todo.length) {
    const at = todo.pop()!;
    const text = formulas[at.row - grid.top]?.[at.col - grid.left];
    if (!text) continue;
    let p = parsed.get(text);
    if (p === undefined) parsed.set(text, (p = parseFormula(text, grid.names)));
    for (const ref of p?.refs ?? []) {
      if (ref.sheet !== undefined && ref.sheet.toUpperCase() !== own) continue;
      const a = ref.area;
      if (inside(a, row, col)) return true;
      // The formulas inside the area (within the sheet's used part: G:G is a million rows).
      const [top, bottom] = [Math.max(a.top, grid.top), Math.min(a.bottom, grid.top + formulas.length - 1)];
      const [left, right] = [Math.max(a.left, grid.left), Math.min(a.right, grid.left + width - 1)];
      for (let r = top; r <= bottom; r++)
        for (let c = left; c <= right; c++) {
          const k = (r - grid.top) * width + (c - grid.left);
          if (formulas[r - grid.top][c - grid.left] && !seen.has(k)) {
            seen.add(k);
            todo.push({ row: r, col: c });
          }
        }
    }
  }
  return false;
}

// Which columns of a 目标申报表's indicator block are its own: a declaration may carry columns of
// its own making beside 一级指标 … 年度指标值 (备注, 评分标准, 指标解释, 序号), before, after or
// between them, merged or not. What those hold is no part of an indicator; read as one, it shifts
// every label by a column (the remark read as the target).

import type { Cell, SheetView } from '../model/sheet-view';
import { sideLabel } from './declaration-labels';
import type { IndicatorHeader } from './find';

/** The declaration's own columns: the levels, the 三级指标 and its target. */
const OWN = ['level1', 'level2', 'name', 'target'] as const;

/** The header cell that labels column `col`: the lowest of the header's rows that shows a label
 * there (a label merged over several columns labels each of them), null when none does. */
function labelCellOf(view: SheetView, header: IndicatorHeader, col: number): Cell | null {
  for (let r = header.bottom; r >= header.row; r--) if (!view.isBlank(r, col)) return view.master(r, col);
  return null;
}

/**
 * The columns whose header label names none of the declaration's own columns nor a side label
 * (绩效指标): they are another column's, and their cells are left out of every indicator row.
 * Unlabelled columns are not among them: a printed form shifts a target into one.
 */
export function foreignColumns(view: SheetView, header: IndicatorHeader): Set<number> {
  const own = new Set<string>();
  for (const name of OWN) {
    const col = header.columns[name];
    const cell = col === undefined ? null : labelCellOf(view, header, col);
    if (cell) own.add(`${cell.row}:${cell.col}`);
  }
  const foreign = new Set<number>();
  for (let c = view.grid.left; c < view.cols; c++) {
    const cell = labelCellOf(view, header, c);
    if (!cell || own.has(`${cell.row}:${cell.col}`) || sideLabel(view.labelKeyAt(cell.row, cell.col)))
      continue;
    foreign.add(c);
  }
  return foreign;
}

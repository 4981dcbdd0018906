// Planning: the cell writes a recalculation makes. Only computed cells (domain.md §4): indicator
// 得分, budget 执行率/得分, 总分 得分 (and 分值 when empty), 评分等级. A score the user typed is
// their judgment: kept unless `force`.

import type { Change } from '../model/change-set';
import { type Decimal, fixed2, same2 } from '../values/decimal';
import type { FormEval } from '../score/evaluate';
import { address } from '../model/grid';
import type { NumberRead } from '../values/number';
import type { Settings } from '../model/settings';
import type { Cell, SheetView } from '../model/sheet-view';

const SCORE_FORMAT = '0.00';

/** A number format that shows our value: keep a numeric one, replace General and Text ('@'). */
function formatFor(view: SheetView, cell: Cell): string | undefined {
  const current = view.format(cell.row, cell.col);
  return current === 'General' || current === '@' || current === '' ? SCORE_FORMAT : undefined;
}

function numberChange(view: SheetView, cell: Cell, value: Decimal, held: NumberRead): Change | null {
  if (
    held.kind === 'number' &&
    same2(held.value, value) &&
    typeof view.value(cell.row, cell.col) === 'number'
  )
    return null;
  const percent = /%/.test(view.format(cell.row, cell.col));
  // A percent-formatted rate cell holds the fraction it shows as a percentage.
  const stored = percent ? value.div(100).toNumber() : Number(fixed2(value));
  const change: Change = {
    kind: 'value',
    sheet: view.grid.sheet,
    cell: address(cell.row, cell.col),
    value: stored,
  };
  const format = percent ? undefined : formatFor(view, cell);
  return format ? { ...change, format } : change;
}

/** Pass 1: indicator 得分 and budget 执行率/得分. */
export function planScores(view: SheetView, e: FormEval, settings: Settings): Change[] {
  const changes: Change[] = [];
  const push = (c: Change | null) => c && changes.push(c);
  for (const i of e.indicators) {
    if (!i.expected) continue;
    const typed = i.score.kind !== 'empty' || i.scoreIsFormula;
    if (typed && !settings.force) continue;
    push(numberChange(view, i.row.score, i.expected, i.scoreIsFormula ? { kind: 'empty' } : i.score));
  }
  const funds = e.form.funds;
  if (funds && e.budget) {
    if (funds.rate && e.budget.expectedRate)
      push(numberChange(view, funds.rate, e.budget.expectedRate, e.budget.rate));
    if (funds.score && e.budget.expectedScore)
      push(numberChange(view, funds.score, e.budget.expectedScore, e.budget.score));
    for (const sub of e.budget.subRows) {
      if (sub.row.rate && sub.expectedRate)
        push(numberChange(view, sub.row.rate, sub.expectedRate, sub.rate));
    }
  }
  return changes;
}

/** Pass 2, on the sheet as pass 1 leaves it: 总分 得分 (and 分值 when empty) and 评分等级. */
export function planTotals(view: SheetView, e: FormEval): Change[] {
  const changes: Change[] = [];
  const push = (c: Change | null) => c && changes.push(c);
  const total = e.form.total;
  if (total) {
    if (e.expectedTotal)
      push(numberChange(view, total.score, e.expectedTotal, e.totalScore ?? { kind: 'empty' }));
    if (!e.totalWeight || e.totalWeight.kind === 'empty') {
      push(numberChange(view, total.weight, e.expectedTotalWeight, { kind: 'empty' }));
    }
  }
  const cell = e.form.grade;
  if (cell && e.expectedGrade && e.grade !== e.expectedGrade) {
    push({
      kind: 'value',
      sheet: view.grid.sheet,
      cell: address(cell.row, cell.col),
      value: e.expectedGrade,
    });
  }
  return changes;
}

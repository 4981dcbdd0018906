// Planning: the cell writes a recalculation makes, and the form as it will be after them.
// Only computed cells (domain.md §4): indicator 得分, budget 执行率/得分, 总分 得分 (and 分值 when
// empty), 评分等级. A score the user typed (or a formula of theirs) is their judgment: kept
// unless `force`. Budget, total and grade are mechanical: written whenever they differ.

import type { Change } from '../model/change-set';
import { type Decimal, fixed2, same2 } from '../values/decimal';
import { totalled, withBudgetReads, withScore, type FormEval, type IndicatorEval } from '../score/evaluate';
import { address } from '../model/grid';
import { readNumber, type NumberRead } from '../values/number';
import { isPercentFormat, render } from '../values/number-format';
import type { PlanningSettings } from '../model/settings';
import type { Cell, SheetView } from '../model/sheet-view';

const SCORE_FORMAT = '0.00';
const EMPTY: NumberRead = { kind: 'empty' };

export interface FormPlan {
  changes: Change[];
  /** The form as the sheet will hold it once the changes are applied. */
  after: FormEval;
}

/** A number format that shows our value: keep a numeric one, replace General and Text ('@'). */
function formatFor(view: SheetView, cell: Cell): string | undefined {
  const current = view.format(cell.row, cell.col);
  return current === 'General' || current === '@' || current === '' ? SCORE_FORMAT : undefined;
}

/** Collects the writes of one form and reads each written cell as it will be. */
class Writer {
  readonly changes: Change[] = [];

  constructor(private readonly view: SheetView) {}

  /** Writes `value` into `cell` unless it already holds it; returns what the cell will hold. */
  number(cell: Cell, value: Decimal, held: NumberRead): NumberRead {
    const { view } = this;
    if (
      held.kind === 'number' &&
      same2(held.value, value) &&
      typeof view.value(cell.row, cell.col) === 'number'
    )
      return held;
    const percent = isPercentFormat(view.format(cell.row, cell.col));
    // A percent-formatted rate cell holds the fraction it shows as a percentage.
    const stored = percent ? value.div(100).toNumber() : Number(fixed2(value));
    const format = percent ? undefined : formatFor(view, cell);
    const change: Change = {
      kind: 'value',
      sheet: view.grid.sheet,
      cell: address(cell.row, cell.col),
      value: stored,
    };
    this.changes.push(format ? { ...change, format } : change);
    const shownFormat = format ?? view.format(cell.row, cell.col);
    return readNumber(stored, render(stored, shownFormat), shownFormat);
  }

  text(cell: Cell, value: string): void {
    this.changes.push({
      kind: 'value',
      sheet: this.view.grid.sheet,
      cell: address(cell.row, cell.col),
      value,
    });
  }
}

function planIndicator(out: Writer, i: IndicatorEval, settings: PlanningSettings): IndicatorEval {
  if (!i.expected) return i;
  const typed = i.score.kind !== 'empty' || i.scoreIsFormula;
  if (typed && !settings.force) return i;
  const held = i.scoreIsFormula ? EMPTY : i.score;
  const score = out.number(i.row.score, i.expected, held);
  return score === held ? i : withScore(i, score, false);
}

/**
 * The writes that fill one form's computed cells, planned from its one evaluation: first the rows
 * (indicator 得分, budget 执行率/得分, the sub-rows' 执行率), then 总分 and 评分等级 from the rows
 * as they will be.
 */
export function planForm(view: SheetView, e: FormEval, settings: PlanningSettings): FormPlan {
  const out = new Writer(view);
  const indicators = e.indicators.map((i) => planIndicator(out, i, settings));
  const funds = e.form.funds;
  let budget = e.budget;
  if (funds && budget) {
    const b = budget;
    const rate = funds.rate && b.expectedRate ? out.number(funds.rate, b.expectedRate, b.rate) : b.rate;
    const score =
      funds.score && b.expectedScore ? out.number(funds.score, b.expectedScore, b.score) : b.score;
    const subRates = b.subRows.map((sub) =>
      sub.row.rate && sub.expectedRate ? out.number(sub.row.rate, sub.expectedRate, sub.rate) : sub.rate,
    );
    budget = withBudgetReads(b, rate, score, subRates);
  }
  const rows = totalled(e.form, indicators, budget, e);

  let { totalScore, totalWeight, grade } = e;
  const total = e.form.total;
  if (total) {
    if (rows.expectedTotal) totalScore = out.number(total.score, rows.expectedTotal, totalScore ?? EMPTY);
    if (!totalWeight || totalWeight.kind === 'empty')
      totalWeight = out.number(total.weight, rows.expectedTotalWeight, EMPTY);
  }
  if (e.form.grade && rows.expectedGrade && grade !== rows.expectedGrade) {
    out.text(e.form.grade, rows.expectedGrade);
    grade = rows.expectedGrade;
  }
  return {
    changes: out.changes,
    after: totalled(e.form, indicators, budget, { totalScore, totalWeight, grade }),
  };
}

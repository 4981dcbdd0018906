// Planning: the cell writes a recalculation makes, and the form as it will be after them.
// Only computed cells (domain.md §4): indicator 得分, budget 执行率/得分, group subtotal (小计)
// 得分, 总分 得分 (and 分值 when empty), 评分等级. A score the user typed is their judgment, and a formula in any computed cell
// is theirs too (many templates compute 执行率 or 评分等级 themselves): both kept unless `force`,
// and check compares what they hold with the rules. Budget, subtotal, total and grade values are
// mechanical: written whenever they differ.

import type { Change } from '../model/change-set';
import { type Decimal, fixed2, type RoundingMode, same2 } from '../values/decimal';
import {
  totalled,
  totalUnknown,
  weightsAddUp,
  withBudgetReads,
  withScore,
  type FormEval,
  type IndicatorEval,
} from '../score/evaluate';
import { address } from '../model/grid';
import { parseNumberText, readNumber, type NumberRead } from '../values/number';
import { isPercentFormat, render } from '../values/number-format';
import type { PlanningSettings, ScoringSettings } from '../model/settings';
import type { Cell, SheetView } from '../model/sheet-view';
import type { CellValue } from '../model/grid';
import { refreshFormulas } from './formula-results';

const SCORE_FORMAT = '0.00';
const RATE_FORMAT = '0.00%';
const EMPTY: NumberRead = { kind: 'empty' };

export interface FormPlan {
  changes: Change[];
  /** Formulas of the user's that `force` replaced with values. */
  formulasReplaced: number;
  /** The form as the sheet will hold it once the changes are applied. */
  after: FormEval;
  /** The 得分 cells that will hold a score SelfEval wrote (this time or before), with it. */
  scores: { cell: string; value: number }[];
}

// How many decimals a numeric format prints (0.0 → 1, #,##0.00 → 2), worked out once per format:
// recalculation writes many cells under the same few formats. Infinity for a format whose text is
// no plain number ('0.00"分"'): the user's to keep.
const decimalsOf = new Map<string, number>();

function decimalsShown(format: string): number {
  let decimals = decimalsOf.get(format);
  if (decimals === undefined) {
    const shown = render(1.23456789, format).trim();
    decimals = parseNumberText(shown) ? (/\.(\d+)%?$/.exec(shown)?.[1].length ?? 0) : Infinity;
    if (decimalsOf.size < 1000) decimalsOf.set(format, decimals);
  }
  return decimals;
}

/** A number format that shows `value` (points, 2 decimals at most) in an empty cell: General and
 * Text ('@') are replaced, a numeric one kept unless it would print the score rounded away (97.73
 * under '0.0' prints 97.7: the form would state another score; 100 under it is 100.0). A cell
 * that holds something keeps its format (domain.md §4). */
function formatFor(view: SheetView, cell: Cell, value: Decimal): string | undefined {
  if (view.value(cell.row, cell.col) !== null) return undefined;
  const current = view.format(cell.row, cell.col);
  if (current === 'General' || current === '@' || current === '') return SCORE_FORMAT;
  return value.decimalPlaces() > decimalsShown(current) ? SCORE_FORMAT : undefined;
}

/** The percent format a rate (in %, 2 decimals at most) gets in a cell formatted as a percentage:
 * the user's, unless the cell is empty and it would print the rate rounded away (68.75 % under
 * '0%' prints 69%: the form would state another rate); then '0.00%'. */
function percentFormatFor(view: SheetView, cell: Cell, rate: Decimal): string | undefined {
  if (view.value(cell.row, cell.col) !== null) return undefined;
  return rate.decimalPlaces() > decimalsShown(view.format(cell.row, cell.col)) ? RATE_FORMAT : undefined;
}

/** Collects the writes of one form and reads each written cell as it will be. */
class Writer {
  readonly changes: Change[] = [];
  formulasReplaced = 0;
  /** The numbers written, by address. */
  private readonly stored = new Map<string, number>();

  constructor(
    private readonly view: SheetView,
    private readonly force: boolean,
    /** What a held value of more decimals counts as (check compares alike). */
    private readonly rounding: RoundingMode,
  ) {}

  /** A formula of the user's stays unless forced. */
  private keeps(cell: Cell): boolean {
    return this.view.formula(cell.row, cell.col) !== null && !this.force;
  }

  /** Cells written, as 'row:col'. */
  readonly cells = new Set<string>();

  private written(cell: Cell): void {
    if (this.view.formula(cell.row, cell.col) !== null) this.formulasReplaced++;
    this.cells.add(`${cell.row}:${cell.col}`);
  }

  /** What a formula of the user's in `cell` will show once this form's writes so far are made
   * (a 总分 =SUM over the 得分 just written); undefined when that cannot be worked out. */
  private formulaAfter(cell: Cell): CellValue | undefined {
    const at = address(cell.row, cell.col);
    const moved = refreshFormulas([this.view.grid], this.changes).changes.find(
      (c) => c.kind === 'result' && c.cell === at,
    );
    if (!moved) return this.view.value(cell.row, cell.col);
    return moved.kind === 'result' && moved.value !== null ? moved.value : undefined;
  }

  /** Under `force`, what a formula of the user's in `cell` will show after the writes so far;
   * undefined where there is none or that is unknown. `force` replaces a formula only where it
   * will not show the rule's value: one adding up the written scores right stays (judged by its
   * old result, it was replaced). */
  private forcedFormulaShows(cell: Cell): CellValue | undefined {
    if (!this.force || this.view.formula(cell.row, cell.col) === null) return undefined;
    return this.formulaAfter(cell);
  }

  /** Writes `value` (points, or a rate in % for `unit` 'rate') into `cell` unless it already holds
   * it (or a formula of the user's); returns what the cell will hold. */
  number(cell: Cell, value: Decimal, held: NumberRead, unit: 'points' | 'rate' = 'points'): NumberRead {
    const { view } = this;
    if (this.keeps(cell)) return held;
    const shows = this.forcedFormulaShows(cell);
    if (shows !== undefined) {
      const read = readNumber(shows, '', view.format(cell.row, cell.col));
      if (read.kind === 'number' && same2(read.value, value, this.rounding)) return read;
    }
    // Already right, a number or a number typed as text ('95.50%'): check finds nothing wrong
    // there, so recalc changes nothing (rewriting the text would change what the cell shows).
    // A score of more decimals is not (SCORE_NOT_ROUNDED): the system keeps 2.
    if (
      held.kind === 'number' &&
      same2(held.value, value, this.rounding) &&
      !(unit === 'points' && held.value.decimalPlaces() > 2)
    )
      return held;
    // A percent-formatted rate cell holds the fraction it shows as a percentage. So does a cell
    // of points the user formatted so, holding one; an empty one gets a points format (30 under
    // 0% would show 3000%, and 0.3 would be no score a SUM adds up).
    const percentFormat = isPercentFormat(view.format(cell.row, cell.col));
    const percent = percentFormat && (unit === 'rate' || view.value(cell.row, cell.col) !== null);
    const stored = percent ? value.div(100).toNumber() : Number(fixed2(value));
    const format = percent
      ? percentFormatFor(view, cell, value.toDecimalPlaces(2))
      : percentFormat
        ? SCORE_FORMAT
        : formatFor(view, cell, value.toDecimalPlaces(2));
    const change: Change = {
      kind: 'value',
      sheet: view.grid.sheet,
      cell: address(cell.row, cell.col),
      value: stored,
    };
    this.stored.set(change.cell, stored);
    this.changes.push(format ? { ...change, format } : change);
    this.written(cell);
    // What the cell will hold, read as any cell is (a number's shown text plays no part in it).
    return readNumber(stored, '', format ?? view.format(cell.row, cell.col));
  }

  /** Empties `cell` (a score of SelfEval's that the rules no longer give). */
  clear(cell: Cell): void {
    this.written(cell);
    this.changes.push({
      kind: 'value',
      sheet: this.view.grid.sheet,
      cell: address(cell.row, cell.col),
      value: null,
    });
  }

  /** The number written into `cell` ('G9'), else what it holds. */
  holds(cell: Cell): CellValue {
    return this.stored.get(address(cell.row, cell.col)) ?? this.view.value(cell.row, cell.col);
  }

  /** Writes a text (评分等级) unless the cell holds a formula of the user's; whether the cell will
   * show `value` (false: a formula kept). */
  text(cell: Cell, value: string): boolean {
    if (this.keeps(cell)) return false;
    const shows = this.forcedFormulaShows(cell);
    if (typeof shows === 'string' && shows.trim() === value) return true;
    this.written(cell);
    this.changes.push({
      kind: 'value',
      sheet: this.view.grid.sheet,
      cell: address(cell.row, cell.col),
      value,
    });
    return true;
  }
}

/** A row's 得分: filled when empty; a typed one kept unless forced; one SelfEval wrote earlier
 * scored again from what the row holds now. */
function planIndicator(out: Writer, i: IndicatorEval, settings: PlanningSettings): IndicatorEval {
  if (!i.expected) {
    // SelfEval's earlier score on a row the rules no longer score (an actual now 部分达成, a 分值
    // deleted): emptied, so the row asks a person (MANUAL_SCORE_NEEDED), not kept as if given.
    if (!i.scoreIsOurs) return i;
    out.clear(i.row.score);
    return withScore(i, EMPTY, false);
  }
  const typed = (i.score.kind !== 'empty' && !i.scoreIsOurs) || i.scoreIsFormula;
  if (typed && !settings.force) return i;
  const score = out.number(i.row.score, i.expected, i.score);
  return score === i.score ? i : withScore(i, score, false, true);
}

/** The form's 得分 that will hold SelfEval's scores, with them (the WrittenScore ledger). */
function ourScores(out: Writer, indicators: IndicatorEval[]): FormPlan['scores'] {
  const scores: FormPlan['scores'] = [];
  for (const i of indicators) {
    const value = i.scoreIsOurs ? out.holds(i.row.score) : null;
    if (typeof value === 'number') scores.push({ cell: address(i.row.score.row, i.row.score.col), value });
  }
  return scores;
}

/**
 * The writes that fill one form's computed cells, planned from its one evaluation: first the rows
 * (indicator 得分, budget 执行率/得分, the sub-rows' 执行率), then the group subtotals' 得分, 总分
 * and 评分等级 from the rows as they will be.
 */
export function planForm(
  view: SheetView,
  e: FormEval,
  settings: PlanningSettings & Pick<ScoringSettings, 'rounding'>,
): FormPlan {
  const out = new Writer(view, settings.force, settings.rounding);
  const indicators = e.indicators.map((i) => planIndicator(out, i, settings));
  const funds = e.form.funds;
  let budget = e.budget;
  if (funds && budget) {
    const b = budget;
    const rate =
      funds.rate && b.expectedRate ? out.number(funds.rate, b.expectedRate, b.rate, 'rate') : b.rate;
    const score =
      funds.score && b.expectedScore ? out.number(funds.score, b.expectedScore, b.score) : b.score;
    const subRates = b.subRows.map((sub) =>
      sub.row.rate && sub.expectedRate
        ? out.number(sub.row.rate, sub.expectedRate, sub.rate, 'rate')
        : sub.rate,
    );
    const same = rate === b.rate && score === b.score && subRates.every((r, i) => r === b.subRows[i].rate);
    if (!same) budget = withBudgetReads(b, rate, score, subRates);
  }
  // Rows written or not: when nothing changed, the form is as evaluated (most published forms).
  const rows = out.changes.length ? totalled(e.form, indicators, budget, e, e, settings.rounding) : e;

  // A subtotal's 得分 is mechanical, like the 总分's: the sum of its rows as they will be.
  const subtotals = rows.subtotals.map((sub) =>
    sub.expected ? { ...sub, score: out.number(sub.row.score, sub.expected, sub.score) } : sub,
  );
  let { totalScore, totalWeight, grade } = e;
  const total = e.form.total;
  if (total) {
    if (rows.expectedTotal) totalScore = out.number(total.score, rows.expectedTotal, totalScore ?? EMPTY);
    // An empty 总分 分值 gets 100 once the 分值 add up to it; never their wrong sum (WEIGHT_SUM).
    if ((!totalWeight || totalWeight.kind === 'empty') && weightsAddUp(rows))
      totalWeight = out.number(total.weight, rows.expectedTotalWeight, EMPTY);
  }
  if (
    e.form.grade &&
    rows.expectedGrade &&
    grade !== rows.expectedGrade &&
    !totalUnknown(e.form, totalScore)
  ) {
    if (out.text(e.form.grade, rows.expectedGrade)) grade = rows.expectedGrade;
  }
  const scores = ourScores(out, indicators);
  if (!out.changes.length) return { changes: [], formulasReplaced: 0, after: e, scores };
  return {
    changes: out.changes,
    formulasReplaced: out.formulasReplaced,
    scores,
    after: totalled(
      e.form,
      indicators,
      budget,
      { totalScore, totalWeight, grade, subtotals },
      // A formula (without a result, or showing nothing) that force replaced holds a value now.
      {
        uncalculated: e.uncalculated.filter((u) => !out.cells.has(`${u.cell.row}:${u.cell.col}`)),
        blankFormulas: e.blankFormulas.filter((u) => !out.cells.has(`${u.cell.row}:${u.cell.col}`)),
      },
      settings.rounding,
    ),
  };
}

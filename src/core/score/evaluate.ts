// Evaluation: what each cell of a recognised form holds, read with the value grammar, next to
// what the rules give (domain.md §2–§3). Validation and planning both work from this one reading;
// planning derives the form as it will be after its writes with the same functions (withScore,
// withBudgetReads, totalled), so nothing is read or recognised twice.

import { parseActual, type Actual } from '../values/actual';
import { Decimal, HUNDRED, round2, type RoundingMode } from '../values/decimal';
import type { Form, FundsSubRow, IndicatorRow, SubtotalRow } from '../model/form';
import { address } from '../model/grid';
import type { DayDate } from '../values/date';
import {
  dateIn,
  isErrorValue,
  parseNumberText,
  readNumber,
  showsNoNumber,
  type NumberRead,
} from '../values/number';
import { gradeOf, budgetScore, executionRate, ruleFor, type RuleResult } from './rules';
import type { ScoringSettings } from '../model/settings';
import type { Cell, SheetView } from '../model/sheet-view';
import { inYear, parseTarget, type Quantity, type Target } from '../values/target';
import { inUnitOf } from '../values/unit-scale';
import { readsItself } from '../formulas/circular';
import { yearInName } from '../recognise/labels';
import { halfWidth } from '../values/label-key';

export interface IndicatorEval {
  row: IndicatorRow;
  name: string;
  targetText: string;
  actualText: string;
  /** The 偏差原因 typed; '' when empty, a placeholder of punctuation alone ('/', '-') or a word
   * saying there is none (无, N/A). */
  reasonText: string;
  target: Target;
  actual: Actual;
  weight: NumberRead;
  score: NumberRead;
  /** What the rules give; null `expected` when a person must judge or the weight is missing. */
  rule: RuleResult | null;
  /** The rule's score (points, already rounded by the rule). */
  expected: Decimal | null;
  /** The score that counts for the total: the one written, else the expected one. */
  effective: Decimal | null;
  /** The score cell holds a formula of the user's. */
  scoreIsFormula: boolean;
  /** The score cell holds the number SelfEval last wrote there (WrittenScore): scored again by a
   * recalculation, not kept as the user's. */
  scoreIsOurs: boolean;
  /** 年度指标值 / 实际完成值 hold a formula without a result (not empty: unreadable for now). */
  uncalculated: { target: boolean; actual: boolean };
}

export interface SubRowEval {
  row: FundsSubRow;
  /** 全年预算数 / 全年执行数 of the sub-row; null when empty, a dash or unreadable. */
  budgeted: Decimal | null;
  executed: Decimal | null;
  rate: NumberRead;
  expectedRate: Decimal | null;
}

export interface BudgetEval {
  subRows: SubRowEval[];
  budgeted: NumberRead;
  executed: NumberRead;
  /** 分数 of the funds row (10 when empty); null when negative or unreadable: no budget score
   * follows from it (its cell's issue says why). */
  w: Decimal | null;
  /** The 分数 cell as read. */
  weight: NumberRead;
  rate: NumberRead;
  score: NumberRead;
  expectedRate: Decimal | null;
  /** The 执行率 the 得分 follows from: the computed one, else the one written. */
  scoreBasis: Decimal | null;
  expectedScore: Decimal | null;
  effective: Decimal | null;
  /** The 得分 cell holds a formula of the user's. */
  scoreIsFormula: boolean;
}

/** What a subtotal row's cells hold, as read (or as a recalculation will leave them). */
export interface SubtotalRead {
  row: SubtotalRow;
  weight: NumberRead;
  score: NumberRead;
}

/** A group subtotal row next to what its rows give. */
export interface SubtotalEval extends SubtotalRead {
  /** The group in messages: the 一级指标 it names, else those of the rows it covers. */
  name: string;
  /** Σ 分值 of the rows it covers; null when one of them is no 分值. */
  expectedWeight: Decimal | null;
  /** Σ of the covered rows' scores as the 总分 counts them (each to 2 decimals); null while one
   * is unknown. */
  expected: Decimal | null;
}

export interface FormEval {
  form: Form;
  indicators: IndicatorEval[];
  /** The group subtotal rows (小计), none on most forms. */
  subtotals: SubtotalEval[];
  budget: BudgetEval | null;
  /** Σ 分值 of the indicators; null when one of them is empty, unreadable or negative. */
  weightSum: Decimal | null;
  totalWeight: NumberRead | null;
  totalScore: NumberRead | null;
  /** 10 (or the funds row's 分数) + Σ 分值; null as weightSum, or when the 分数 is no 分值. */
  expectedTotalWeight: Decimal | null;
  expectedTotal: Decimal | null;
  grade: string;
  expectedGrade: string | null;
  /** Cells the form reads that hold a formula without a saved result: unreadable until Excel or
   * WPS recalculates the workbook (domain.md §2); `circular` when the formula reads its own cell,
   * which no recalculation gives a result. */
  uncalculated: { cell: Cell; formula: string; circular: boolean }[];
  /** Computed cells (得分, 执行率, 总分 and its 分值, 评分等级) holding a formula of the user's
   * whose result shows no number (`=IF(E13="","",…)`, or a dash): kept unless forced, and no
   * value the 总分 can count (FORMULA_BLANK). */
  blankFormulas: { cell: Cell; formula: string }[];
}

const BUDGET_WEIGHT = new Decimal(10);

/** A formula the file holds no result for: never an empty or zero value. */
function uncalculatedAt(view: SheetView, cell: Cell | null): string | null {
  if (!cell || !view.hasFormulas()) return null;
  const formula = view.formula(cell.row, cell.col);
  return formula !== null && view.value(cell.row, cell.col) === null ? formula : null;
}

export function numberAt(view: SheetView, cell: Cell | null): NumberRead {
  if (!cell) return { kind: 'empty' };
  const formula = uncalculatedAt(view, cell);
  if (formula) return { kind: 'uncalculated', formula };
  const read = readNumber(
    view.value(cell.row, cell.col),
    view.text(cell.row, cell.col),
    view.format(cell.row, cell.col),
  );
  // An error value pasted as a value: no formula of the cell's to mend (UNREADABLE_VALUE says so).
  if (
    read.kind === 'unreadable' &&
    isErrorValue(read.text.trim()) &&
    view.formula(cell.row, cell.col) === null
  )
    return { ...read, typed: true };
  return read;
}

/** A 分值 or 得分 cell (points): a number, also when written with its unit ('10分', '9.5 分'). */
export function pointsAt(view: SheetView, cell: Cell | null): NumberRead {
  const read = numberAt(view, cell);
  if (read.kind !== 'unreadable') return read;
  const m = /^(.*\d)\s*分$/.exec(read.text.trim());
  const parsed = m && parseNumberText(m[1]);
  return parsed ? { kind: 'number', ...parsed } : read;
}

/** A number read, or null for empty, dashes and junk. */
export function valueOf(read: NumberRead | null): Decimal | null {
  return read && read.kind === 'number' ? read.value : null;
}

/** A 分值 as scoring takes it: a number not below 0. An empty, unreadable or negative one is no
 * 分值 (domain.md §5 flags negative values): nothing is scored, written or summed from it. */
export function weightOf(read: NumberRead): Decimal | null {
  const w = valueOf(read);
  return w && !w.isNegative() ? w : null;
}

/**
 * The score that counts for the 总分 (points): the number a 得分 cell holds, else the rule's score
 * for an empty cell (recalculation writes it). A formula of the user's (`isFormula`) counts
 * exactly what it shows: it is kept, so one without a result, or showing nothing or a dash, is no
 * score the total can count (domain.md §2: never an empty or zero value), and the 总分 and the
 * 评分等级 wait for it instead of taking the rule's score for what the cell will show. Nor is
 * unreadable text.
 */
function counted(
  score: NumberRead,
  expected: Decimal | null,
  isFormula: boolean,
  isOurs = false,
): Decimal | null {
  // SelfEval's own earlier score counts as what the rules give now (recalculation rewrites it).
  if (isOurs) return expected;
  if (isFormula || score.kind === 'unreadable') return valueOf(score);
  return valueOf(score) ?? expected;
}

/** A character that can say something: a digit, a Latin letter or a CJK ideograph (half- or
 * full-width). Spelled out: the WPS add-in's older Chromium takes no \p{…} classes (ES2018). */
const WORDING_CHARS = '0-9A-Za-z\\u3400-\\u9fff\\uf900-\\ufaff\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a';
const WORDING = new RegExp(`[${WORDING_CHARS}]`);
/** Every other character: punctuation, spaces. */
const NOT_WORDING = new RegExp(`[^${WORDING_CHARS}]`, 'g');

/** Words that say there is no reason (无, N/A …), compared in half-width lower case with punctuation
 * and spaces left out (无。, N/A). Kept to whole answers that say nothing else: a reason is what the finance
 * bureau reads for a shortfall or an over-completion, and 无 explains neither. */
const NO_REASON = new Set(['无', '暂无', '没有', '无偏差', '无原因', '不适用', '无说明', 'na', 'none', '空']);

/** A 偏差原因 as it counts: '' for a placeholder of punctuation alone ('/', '-', '——', '…') or a
 * word saying there is none (无, 无。, N/A), which explain nothing and would pass an emptiness
 * check the finance bureau's reader does not. */
function reasonOf(text: string): string {
  if (!WORDING.test(text)) return '';
  return NO_REASON.has(halfWidth(text).replace(NOT_WORDING, '').toLowerCase()) ? '' : text;
}

/** A numeric cell's unit as it shows: '%' under a percent format (`0.00%`, 0.97 shows 97.00%)
 * and under one that writes the sign after the number itself (`0.00"%"`, `0\%`: 0.97%). */
function shownUnit(read: { percent: boolean }, shown: string): '%' | null {
  return read.percent || shown.trimEnd().endsWith('%') ? '%' : null;
}

/** What a numeric cell holds: its displayed number, or the day a date cell holds. */
function numericActual(view: SheetView, cell: Cell | null): Quantity | { date: DayDate } | undefined {
  if (!cell) return undefined;
  // Only a cell holding a number (not text such as '640.00(人次)') is read as one here.
  const value = view.value(cell.row, cell.col);
  if (typeof value !== 'number') return undefined;
  const date = dateIn(value, view.format(cell.row, cell.col));
  if (date) return { date };
  const read = numberAt(view, cell);
  if (read.kind !== 'number') return undefined;
  return { value: read.value, unit: shownUnit(read, view.text(cell.row, cell.col)) };
}

/** A quantity answering a quantity or a range in the same measure counted in other steps (万人次
 * for 人次), converted into the target's unit: scored on the same scale (domain.md §2). */
function inTargetUnit(actual: Actual, target: Target): Actual {
  if (actual.kind !== 'quantity' || (target.kind !== 'quantity' && target.kind !== 'range')) return actual;
  const value = inUnitOf(actual.value, actual.unit, target.unit);
  return value && actual.unit
    ? { kind: 'quantity', value, unit: target.unit, writtenIn: actual.unit }
    : actual;
}

/** An indicator with what its 得分 cell holds; the score that counts follows from it. */
export function withScore(
  i: Omit<IndicatorEval, 'score' | 'effective' | 'scoreIsFormula' | 'scoreIsOurs'>,
  score: NumberRead,
  scoreIsFormula: boolean,
  scoreIsOurs = false,
): IndicatorEval {
  // Field by field, in evaluateIndicator's order: one shape for every row (a spread makes another).
  return {
    row: i.row,
    name: i.name,
    targetText: i.targetText,
    actualText: i.actualText,
    reasonText: i.reasonText,
    target: i.target,
    actual: i.actual,
    weight: i.weight,
    score,
    rule: i.rule,
    expected: i.expected,
    effective: counted(score, i.expected, scoreIsFormula, scoreIsOurs),
    scoreIsFormula,
    scoreIsOurs,
    uncalculated: i.uncalculated,
  };
}

function evaluateIndicator(
  view: SheetView,
  row: IndicatorRow,
  settings: ScoringSettings,
  shared: boolean,
  year: number | null,
  written: ReadonlyMap<string, number> | undefined,
): IndicatorEval {
  const text = (c: Cell | null) => (c ? view.text(c.row, c.col).trim() : '');
  const targetText = text(row.target);
  const targetCell = row.target;
  const targetRaw = targetCell ? view.value(targetCell.row, targetCell.col) : null;
  let target = parseTarget(targetText);
  const targetDate = targetCell ? dateIn(targetRaw, view.format(targetCell.row, targetCell.col)) : null;
  if (targetDate) target = { kind: 'deadline', date: targetDate };
  else if (targetCell && typeof targetRaw === 'number') {
    const n = numberAt(view, targetCell);
    if (n.kind === 'number')
      target = { kind: 'quantity', direction: 'higher', value: n.value, unit: shownUnit(n, targetText) };
  }
  target = inYear(target, year);
  const actualText = text(row.actual);
  const actual = inTargetUnit(parseActual(actualText, target, numericActual(view, row.actual)), target);
  const weight = pointsAt(view, row.weight);
  const w = weightOf(weight);
  // A header without one of the two columns: no row is scored from what the other holds.
  const columns = row.target !== null && row.actual !== null;
  const rule = w === null || !columns ? null : ruleFor(target, actual, w, settings);
  // A 得分 cell merged over several indicators cannot hold each one's score.
  const expected = rule && rule.kind === 'score' && !shared ? rule.score : null;
  // A 得分 merged over several rows is no one row's score (often their sum): read as none, so no
  // row is judged by it and the 总分 waits; MERGED_SCORE asks to unmerge it.
  const score: NumberRead = shared ? { kind: 'empty' } : dueRead(pointsAt(view, row.score));
  const scoreIsFormula = view.formula(row.score.row, row.score.col) !== null;
  const scoreIsOurs =
    !!written?.size &&
    !shared &&
    !scoreIsFormula &&
    written.get(address(row.score.row, row.score.col)) === view.value(row.score.row, row.score.col);
  // One literal in one shape: this runs for every row of every form.
  return {
    row,
    name: text(row.name),
    targetText,
    actualText,
    reasonText: reasonOf(text(row.reason)),
    target,
    actual,
    weight,
    score,
    rule,
    expected,
    effective: counted(score, expected, scoreIsFormula, scoreIsOurs),
    scoreIsFormula,
    scoreIsOurs,
    uncalculated: {
      target: uncalculatedAt(view, row.target) !== null,
      actual: uncalculatedAt(view, row.actual) !== null,
    },
  };
}

/** The budget with what its 执行率 / 得分 cells (and the sub-rows' 执行率) hold. */
export function withBudgetReads(
  b: BudgetEval,
  rate: NumberRead,
  score: NumberRead,
  subRates: NumberRead[],
): BudgetEval {
  return {
    ...b,
    rate,
    score,
    subRows: b.subRows.map((sub, i) => ({ ...sub, rate: subRates[i] })),
    effective: counted(score, b.expectedScore, b.scoreIsFormula),
  };
}

/** A cell that is always due as the rules see it: a dash there is the cell left empty. A dash
 * means "not applicable" in the funds sub-rows only (domain.md §1–§2); the 年度资金总额 row's
 * amounts, 执行率 and 得分, every indicator's 得分 and the 总分's 分值 and 得分 are due, so their
 * rules (MISSING_FIELD, NOT_CALCULATED, FORMULA_BLANK) ask for them, and no 总分 counts the rule's
 * score for a row whose 得分 shows a dash. */
function dueRead(read: NumberRead): NumberRead {
  return read.kind === 'dash' ? { kind: 'empty' } : read;
}

function evaluateBudget(view: SheetView, form: Form, settings: ScoringSettings): BudgetEval | null {
  const funds = form.funds;
  if (!funds) return null;
  const budgeted = dueRead(numberAt(view, funds.budgeted));
  const executed = dueRead(numberAt(view, funds.executed));
  const weight = pointsAt(view, funds.weight);
  // No 分数 (no column, an empty cell, a dash) is the standard 10; a negative or unreadable one is
  // none, like an indicator's.
  const w = weight.kind === 'empty' || weight.kind === 'dash' ? BUDGET_WEIGHT : weightOf(weight);
  const b = valueOf(budgeted);
  const e = valueOf(executed);
  const expectedRate = b !== null && e !== null ? executionRate(b, e, settings) : null;
  const rate = dueRead(numberAt(view, funds.rate));
  // Without the amounts, the 得分 must still match the 执行率 written beside it.
  const scoreBasis = expectedRate ?? valueOf(rate);
  const expectedScore = scoreBasis === null || w === null ? null : budgetScore(scoreBasis, w, settings);
  const subRows = funds.subRows.map((row) => {
    const sb = valueOf(numberAt(view, row.budgeted));
    const se = valueOf(numberAt(view, row.executed));
    return {
      row,
      budgeted: sb,
      executed: se,
      rate: { kind: 'empty' } as NumberRead,
      expectedRate: sb && se ? executionRate(sb, se, settings) : null,
    };
  });
  const partial: BudgetEval = {
    subRows,
    budgeted,
    executed,
    w,
    weight,
    rate,
    scoreBasis,
    score: { kind: 'empty' },
    expectedRate,
    expectedScore,
    effective: null,
    scoreIsFormula: !!funds.score && view.formula(funds.score.row, funds.score.col) !== null,
  };
  return withBudgetReads(
    partial,
    rate,
    dueRead(pointsAt(view, funds.score)),
    funds.subRows.map((row) => numberAt(view, row.rate)),
  );
}

/**
 * The whole form from its rows: Σ 分值, the 总分 the rows give (预算执行得分 as its rule gives it,
 * unless a formula of the user's holds it, + Σ 指标得分 of the values as written, each already rounded, the sum to 2 decimals in the workbook's `rounding`
 * mode, domain.md §3) and the 评分等级 that 总分 earns, next to what the 总分 and 评分等级 cells
 * hold.
 */
export function totalled(
  form: Form,
  indicators: IndicatorEval[],
  budget: BudgetEval | null,
  held: {
    totalWeight: NumberRead | null;
    totalScore: NumberRead | null;
    grade: string;
    subtotals: readonly SubtotalRead[];
  },
  formulas: Pick<FormEval, 'uncalculated' | 'blankFormulas'>,
  rounding: RoundingMode,
): FormEval {
  // An empty, unreadable or negative 分值 is no 0 (domain.md §2): without every 分值 there is no
  // Σ 分值, and no 总分 分值 to expect or to write (the cell's own issue says what is wrong).
  const weightSum = weightsOf(indicators);
  const budgetWeight = budget ? budget.w : BUDGET_WEIGHT;
  // Each score counts as the 一体化系统 holds it, to 2 decimals (domain.md §3): a kept typed 9.995
  // counts 10.00 half-up, 9.99 truncating, and formulas without ROUND giving 27.1428571 and
  // 13.3333333 add up to 40.47, not 40.48 (SCORE_NOT_ROUNDED says so on each). The grade follows
  // that 总分, never an unrounded sum beside it.
  // The budget 得分 counts as the rule gives it unless a formula of the user's holds it: a stale
  // or mistyped one is flagged on its own cell and rewritten by a recalculation, so the 总分 and
  // grade asked for are those the form will show then, not a sum built on the stale figure.
  const budgetScore =
    budget && (budget.scoreIsFormula ? budget.effective : (budget.expectedScore ?? budget.effective));
  const expectedTotal = scoresOf(indicators, budgetScore ? round2(budgetScore, rounding) : null, rounding);
  // The grade follows the 总分 the rows give; while a row is unknown (waiting for a person, no
  // 分值, a formula without a result) so is the grade, whatever a typed 总分 says.
  const gradeBasis = expectedTotal;
  return {
    form,
    indicators,
    subtotals: held.subtotals.map((read) => subtotalled(read, indicators, rounding)),
    budget,
    weightSum,
    totalWeight: held.totalWeight,
    totalScore: held.totalScore,
    grade: held.grade,
    expectedTotalWeight: weightSum && budgetWeight && budgetWeight.plus(weightSum),
    expectedTotal,
    expectedGrade: gradeBasis ? gradeOf(gradeBasis) : null,
    uncalculated: formulas.uncalculated,
    blankFormulas: formulas.blankFormulas,
  };
}

/** A subtotal row from the rows it covers: their 分值 and their scores summed as totalled() sums
 * them into the 总分. */
/** Σ 分值 of `rows`; null when one of them is no 分值 (empty, unreadable or negative: domain.md §2). */
function weightsOf(rows: IndicatorEval[]): Decimal | null {
  let sum: Decimal | null = new Decimal(0);
  for (const i of rows) {
    const w = weightOf(i.weight);
    sum = sum && w ? sum.plus(w) : null;
  }
  return sum;
}

/** `start` plus each row's counted score to 2 decimals in `rounding`, as the 一体化系统 adds them
 * into the 总分 (domain.md §3); null while one of them (or `start`) is unknown. */
function scoresOf(rows: IndicatorEval[], start: Decimal | null, rounding: RoundingMode): Decimal | null {
  let sum = start;
  for (const i of rows) sum = sum && i.effective ? sum.plus(round2(i.effective, rounding)) : null;
  return sum;
}

function subtotalled(read: SubtotalRead, indicators: IndicatorEval[], rounding: RoundingMode): SubtotalEval {
  const rows = read.row.covers.map((i) => indicators[i]);
  const groups = rows.map((i) => i.row.level1).filter((g, k, all) => g && all.indexOf(g) === k);
  // A subtotal over no rows (one right below another) has nothing to add up.
  const expectedWeight = rows.length ? weightsOf(rows) : null;
  const expected = rows.length ? scoresOf(rows, new Decimal(0), rounding) : null;
  return {
    row: read.row,
    weight: read.weight,
    score: read.score,
    name: read.row.group || groups.join('、'),
    expectedWeight,
    expected,
  };
}

/**
 * Whether the 分值 (the budget's and Σ 指标) make the 100 points a form is scored out of (domain.md
 * §3). Only then is the rows' sum no WEIGHT_SUM error, and 100 the 总分 分值 to ask for, write or
 * hold the cell to; false while any 分值 is missing.
 */
export function weightsAddUp<E extends Pick<FormEval, 'expectedTotalWeight'>>(
  e: E,
): e is E & { expectedTotalWeight: Decimal } {
  return !!e.expectedTotalWeight?.eq(HUNDRED);
}

/**
 * Whether the 总分 cell holds what no 评分等级 can follow: a formula without a result, an error
 * or text. Its grade is then neither written nor asked for: the 总分's own issue says what to do.
 */
export function totalUnknown(form: Form, totalScore: NumberRead | null): boolean {
  return !!form.total && (totalScore?.kind === 'uncalculated' || totalScore?.kind === 'unreadable');
}

/** Every cell a form reads, where a formula without a result would matter. */
function cellsRead(form: Form): Cell[] {
  const fields = [form.projectName, form.department, form.implementer, form.expectedGoal, form.actualGoal];
  const f = form.funds;
  const funds = f
    ? [
        f.budgeted,
        f.executed,
        f.weight,
        f.rate,
        f.score,
        ...f.subRows.flatMap((s) => [s.budgeted, s.executed, s.rate]),
      ]
    : [];
  const rows = form.indicators.flatMap((r) => [r.target, r.actual, r.weight, r.score]);
  const cells = [
    ...fields.map((x) => x.cell),
    ...funds,
    ...rows,
    ...form.subtotals.flatMap((s) => [s.weight, s.score]),
    form.total?.weight,
    form.total?.score,
    form.grade,
  ];
  return cells.filter((c): c is Cell => !!c);
}

/** The cells of a form the rules compute (each row's 得分, the budget's 执行率 and 得分, the
 * sub-rows' 执行率, the 总分 and its 分值, the 评分等级). */
function computedCells(form: Form): Cell[] {
  const f = form.funds;
  const cells = [
    ...form.indicators.map((r) => r.score),
    ...form.subtotals.map((s) => s.score),
    f?.rate,
    f?.score,
    ...(f?.subRows.map((s) => s.rate) ?? []),
    form.total?.score,
    form.total?.weight,
    form.grade,
  ];
  return cells.filter((c): c is Cell => !!c);
}

/** One form as the sheet holds it and as the rules score it. `written`: the 得分 SelfEval wrote
 * on the sheet, by address (scoresOn), each scored again while its cell holds it. */
export function evaluate(
  view: SheetView,
  form: Form,
  settings: ScoringSettings,
  written?: ReadonlyMap<string, number>,
): FormEval {
  const shared = (c: Cell) => form.mergedScores.some((m) => m.row === c.row && m.col === c.col);
  // A deadline without a year is in the form's year; a form stating none takes the sheet name's.
  const year = Number(form.year) || yearInName(form.sheet);
  const formulas = view.hasFormulas();
  const uncalculated = (formulas ? cellsRead(form) : []).flatMap((cell) => {
    const formula = uncalculatedAt(view, cell);
    return formula ? [{ cell, formula, circular: readsItself(view.grid, cell.row, cell.col) }] : [];
  });
  // A result of '' or spaces (not null: that is a formula without a result) shows nothing; a
  // dash (=IF(E9="","-",…)) shows no number either.
  const blankFormulas = (formulas ? computedCells(form) : []).flatMap((cell) => {
    const formula = view.formula(cell.row, cell.col);
    const value = view.value(cell.row, cell.col);
    return formula !== null && typeof value === 'string' && showsNoNumber(value) ? [{ cell, formula }] : [];
  });
  return totalled(
    form,
    form.indicators.map((row) => evaluateIndicator(view, row, settings, shared(row.score), year, written)),
    evaluateBudget(view, form, settings),
    {
      totalWeight: form.total ? dueRead(pointsAt(view, form.total.weight)) : null,
      totalScore: form.total ? dueRead(pointsAt(view, form.total.score)) : null,
      grade: form.grade ? view.text(form.grade.row, form.grade.col).trim() : '',
      subtotals: form.subtotals.map((row) => ({
        row,
        weight: pointsAt(view, row.weight),
        score: dueRead(pointsAt(view, row.score)),
      })),
    },
    { uncalculated, blankFormulas },
    settings.rounding,
  );
}

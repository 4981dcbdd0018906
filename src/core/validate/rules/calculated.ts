// 未计算: computed cells left empty that the rules can fill; the form is not ready to send.

import type { Cell } from '../../model/sheet-view';
import { fixed2, type Decimal } from '../../values/decimal';
import type { NumberRead } from '../../values/number';
import { format, type Messages } from '../../../i18n';
import {
  totalUnknown,
  valueOf,
  weightOf,
  weightsAddUp,
  type BudgetEval,
  type FormEval,
  type IndicatorEval,
  type SubtotalEval,
} from '../../score/evaluate';
import type { IssueList } from '../issue-list';
import { formRule } from '../rule';

const empty = (read: NumberRead | null) => !read || read.kind === 'empty';

/** The form's 评分等级 cell when it is empty and waits on the rows: not when the 总分 cell holds a
 * formula without a result or text, whose own issue says what the grade waits for. */
function emptyGrade(e: FormEval): Cell | null {
  return e.form.grade && !e.grade && !totalUnknown(e.form, e.totalScore) ? e.form.grade : null;
}

/** What a computed cell is called in messages: one of Messages['what'] ('total'), a row's or a
 * group subtotal's 得分 (named when an issue says it: most cells raise none). */
type Named = keyof Messages['what'] | IndicatorEval | SubtotalEval;

function nameOf(named: Named, out: IssueList): string {
  if (typeof named === 'string') return out.what(named);
  if ('covers' in named.row)
    return format(out.m.subtotalCell, { group: named.name, what: out.what('score') });
  return format(out.m.rowScore, { name: named.name });
}

/** A number written to 2 decimals, or a grade, as a message says what a cell should hold. */
const shown = (expected: Decimal | string): string =>
  typeof expected === 'string' ? expected : fixed2(expected);

/**
 * Visits every computed cell of the form (each row's 得分, each group subtotal's, the budget's 执行率 and 得分, the
 * sub-rows' 执行率, the 总分 and its 分值, an empty 评分等级), in the order the form shows them:
 * whether it is empty, and what the rules give there (null while they give nothing).
 */
function forEachComputed(
  e: FormEval,
  visit: (cell: Cell, empty: boolean, expected: Decimal | string | null, named: Named) => void,
): void {
  const add = (
    cell: Cell | null | undefined,
    read: NumberRead | null,
    expected: Decimal | null,
    named: Named,
  ) => {
    if (cell) visit(cell, empty(read), expected, named);
  };
  for (const i of e.indicators) add(i.row.score, i.score, i.expected, i);
  for (const s of e.subtotals) add(s.row.score, s.score, s.expected, s);
  const b = e.budget;
  add(e.form.funds?.rate, b?.rate ?? null, b?.expectedRate ?? null, 'rate');
  add(e.form.funds?.score, b?.score ?? null, b?.expectedScore ?? null, 'score');
  for (const sub of b?.subRows ?? []) add(sub.row.rate, sub.rate, sub.expectedRate, 'rate');
  add(e.form.total?.score, e.totalScore, e.expectedTotal, 'total');
  // The 总分 分值 is filled when empty, like any computed cell: with 100, once the 分值 add up
  // to it (until then WEIGHT_SUM says what to fix, and their sum is no value to ask for).
  add(
    e.form.total?.weight,
    e.totalWeight,
    e.form.total && weightsAddUp(e) ? e.expectedTotalWeight : null,
    'weight',
  );
  const grade = emptyGrade(e);
  if (grade) visit(grade, true, e.expectedGrade, 'grade');
}

const at = (list: { cell: Cell; formula: string }[], cell: Cell) =>
  list.find((u) => u.cell.row === cell.row && u.cell.col === cell.col);

/** 未计算 */
export const NOT_CALCULATED = formRule({
  code: 'NOT_CALCULATED',
  label: '未计算',
  severity: 'error',
  meaning: 'a computed cell is empty while the rules can fill it: recalculate',
  check(e, out) {
    forEachComputed(e, (cell, isEmpty, expected, named) => {
      // A formula has its own issue: without a result (open and save in Excel or WPS), or showing
      // nothing (FORMULA_BLANK). Recalculating would fill neither: formulas are the user's.
      if (!isEmpty || !expected || at(e.uncalculated, cell) || at(e.blankFormulas, cell)) return;
      out.add(NOT_CALCULATED, cell, { what: nameOf(named, out), expected: shown(expected) });
    });
  },
});

/** 公式结果为空: a computed cell holding a formula of the user's that shows no number (nothing, or a
 * dash) where the rules give a value. Recalculation keeps the user's formulas (unless forced), so
 * the cell stays so and the 总分 cannot count it: the formula is to be corrected, or replaced by
 * force. */
export const FORMULA_BLANK = formRule({
  code: 'FORMULA_BLANK',
  label: '公式结果为空',
  severity: 'error',
  meaning:
    'a computed cell holds a formula of the user’s whose result shows no number (empty or a dash): kept by recalculation, correct it or replace it (--force)',
  check(e, out) {
    if (!e.blankFormulas.length) return;
    forEachComputed(e, (cell, _empty, expected, named) => {
      const blank = at(e.blankFormulas, cell);
      if (blank && expected)
        out.add(FORMULA_BLANK, cell, {
          what: nameOf(named, out),
          expected: shown(expected),
          formula: blank.formula,
        });
    });
  },
});

/** The rows waiting for a person's score (a description, 部分达成 / 未达成, a late date). Rows that
 * cannot be scored for want of an actual or a 分值 have their own errors. */
function waitingRows(e: FormEval): string[] {
  return e.indicators
    .filter((i) => !i.effective && i.rule?.kind === 'manual' && i.rule.why !== 'missing')
    .map((i) => i.name || i.targetText);
}

/** The rows (and the budget) whose 得分 the rules give but the cell cannot hold or show as a
 * number: a formula without a result, unreadable text, a cell merged over several rows. Each
 * has its own issue; the 总分 waits on them all the same. */
function unreadableScores(e: FormEval, budget: string): string[] {
  const rows = e.indicators
    .filter((i) => !i.effective && i.rule?.kind === 'score')
    .map((i) => i.name || i.targetText);
  const b = e.budget;
  return b && !b.effective && b.expectedScore ? [budget, ...rows] : rows;
}

/** An input a score waits for, as Messages['what'] names it. */
type Input = 'target' | 'actual' | 'weight' | 'budgeted' | 'executed';

/** What a row lacks that its score needs: an empty or unreadable (or negative) 年度指标值,
 * 实际完成值 or 分值, a formula there without a result, a column the header lacks. */
function rowLacks(i: IndicatorEval): Input[] {
  const lacks: Input[] = [];
  if (!i.row.target || i.target.kind === 'empty' || i.target.kind === 'unreadable') lacks.push('target');
  if (!i.row.actual || i.actual.kind === 'empty' || i.actual.kind === 'unreadable') lacks.push('actual');
  if (!weightOf(i.weight)) lacks.push('weight');
  return lacks;
}

/** What the budget lacks that its 得分 needs: its amounts (unless a 执行率 is written), its 分数. */
function budgetLacks(b: BudgetEval): Input[] {
  const lacks: Input[] = [];
  if (b.scoreBasis === null) {
    if (!valueOf(b.budgeted)?.gt(0)) lacks.push('budgeted');
    const executed = valueOf(b.executed);
    if (!executed || executed.isNegative()) lacks.push('executed');
  }
  if (!b.w) lacks.push('weight');
  return lacks;
}

/**
 * The inputs whose want keeps rules from giving a row's (or the budget's) 得分, in words: each
 * waiting row with what it lacks ("“培训人次”的分值"; rows lacking the same named together), the
 * budget's amounts and 分数. Each of those cells has its own issue; '' when nothing waits so.
 */
function inputsWaitedOn(e: FormEval, out: IssueList): string {
  const w = out.m.waiting;
  const inWords = (lacks: Input[]) => lacks.map((input) => out.what(input)).join(w.inputSeparator);
  const rows = new Map<string, string[]>();
  for (const i of e.indicators) {
    if (i.effective || (i.rule && !(i.rule.kind === 'manual' && i.rule.why === 'missing'))) continue;
    const lacks = inWords(rowLacks(i));
    rows.set(lacks, [...(rows.get(lacks) ?? []), format(w.name, { name: i.name || i.targetText })]);
  }
  const waiting = [...rows].map(([lacks, names]) =>
    format(w.rowInputs, { names: names.join(w.separator), inputs: lacks }),
  );
  const b = e.budget;
  if (b && !b.effective && !b.expectedScore) {
    const lacks = budgetLacks(b);
    const amounts = lacks.filter((input) => input !== 'weight');
    if (amounts.length) waiting.push(inWords(amounts));
    if (lacks.includes('weight'))
      waiting.push(format(w.rowInputs, { names: w.budget, inputs: out.what('weight') }));
  }
  return waiting.join(w.separator);
}

/** 等待评分: an empty 总分 or 评分等级 the rules cannot fill yet, naming what it waits for. */
export const WAITING_FOR_SCORES = formRule({
  code: 'WAITING_FOR_SCORES',
  label: '等待评分',
  severity: 'error',
  meaning:
    'an empty 总分 or 评分等级 that waits on rows a person must score, or on 得分 cells holding no readable number: names them',
  check(e, out) {
    const w = out.m.waiting;
    const list = (names: string[]) => names.map((name) => format(w.name, { name })).join(w.separator);
    const rows = waitingRows(e);
    const cells = unreadableScores(e, w.budget);
    const inputs = inputsWaitedOn(e, out);
    if (!rows.length && !cells.length && !inputs) return;
    const waiting = [
      ...(rows.length ? [format(w.rows, { names: list(rows) })] : []),
      ...(cells.length ? [format(w.cells, { names: list(cells) })] : []),
      ...(inputs ? [format(w.inputs, { what: inputs })] : []),
    ].join(w.and);
    const total = e.form.total;
    if (total && empty(e.totalScore) && !e.expectedTotal)
      out.add(WAITING_FOR_SCORES, total.score, { what: out.what('total'), waiting });
    const grade = emptyGrade(e);
    if (grade && !e.expectedGrade) out.add(WAITING_FOR_SCORES, grade, { what: out.what('grade'), waiting });
  },
});

/** 未计算, in the order validate runs them. */
export const CALCULATED_CHECKS = [NOT_CALCULATED, FORMULA_BLANK, WAITING_FOR_SCORES] as const;

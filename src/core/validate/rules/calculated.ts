// 未计算: computed cells left empty that the rules can fill; the form is not ready to send.

import type { Cell } from '../../model/sheet-view';
import { fixed2, type Decimal } from '../../values/decimal';
import type { NumberRead } from '../../values/number';
import { format } from '../../../i18n';
import { totalUnknown, weightsAddUp, type FormEval } from '../../score/evaluate';
import { formRule } from '../rule';

const empty = (read: NumberRead | null) => !read || read.kind === 'empty';

/** The form's 评分等级 cell when it is empty and waits on the rows: not when the 总分 cell holds a
 * formula without a result or text, whose own issue says what the grade waits for. */
function emptyGrade(e: FormEval): Cell | null {
  return e.form.grade && !e.grade && !totalUnknown(e.form, e.totalScore) ? e.form.grade : null;
}

/** 未计算 */
export const NOT_CALCULATED = formRule({
  code: 'NOT_CALCULATED',
  label: '未计算',
  severity: 'error',
  meaning: 'a computed cell is empty while the rules can fill it: recalculate',
  check(e, out) {
    // A formula without a result has its own issue (open and save in Excel or WPS): recalculating
    // would not fill it.
    const formula = (cell: Cell) =>
      e.uncalculated.some((u) => u.cell.row === cell.row && u.cell.col === cell.col);
    const missing = (
      cell: Cell | null | undefined,
      read: NumberRead | null,
      expected: Decimal | null,
      what: string,
    ) => {
      if (cell && expected && empty(read) && !formula(cell))
        out.add(NOT_CALCULATED, cell, { what, expected: fixed2(expected) });
    };
    for (const i of e.indicators) {
      if (!i.scoreIsFormula && i.expected && empty(i.score)) {
        missing(i.row.score, i.score, i.expected, format(out.m.rowScore, { name: i.name }));
      }
    }
    const b = e.budget;
    missing(e.form.funds?.rate, b?.rate ?? null, b?.expectedRate ?? null, out.what('rate'));
    missing(e.form.funds?.score, b?.score ?? null, b?.expectedScore ?? null, out.what('score'));
    for (const sub of b?.subRows ?? []) missing(sub.row.rate, sub.rate, sub.expectedRate, out.what('rate'));
    missing(e.form.total?.score, e.totalScore, e.expectedTotal, out.what('total'));
    // The 总分 分值 is filled when empty, like any computed cell: with 100, once the 分值 add up
    // to it (until then WEIGHT_SUM says what to fix, and their sum is no value to ask for).
    missing(
      e.form.total?.weight,
      e.totalWeight,
      e.form.total && weightsAddUp(e) ? e.expectedTotalWeight : null,
      out.what('weight'),
    );
    const grade = emptyGrade(e);
    if (grade && e.expectedGrade && !formula(grade))
      out.add(NOT_CALCULATED, grade, { what: out.what('grade'), expected: e.expectedGrade });
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
    if (!rows.length && !cells.length) return;
    const waiting = [
      ...(rows.length ? [format(w.rows, { names: list(rows) })] : []),
      ...(cells.length ? [format(w.cells, { names: list(cells) })] : []),
    ].join(w.and);
    const total = e.form.total;
    if (total && empty(e.totalScore) && !e.expectedTotal)
      out.add(WAITING_FOR_SCORES, total.score, { what: out.what('total'), waiting });
    const grade = emptyGrade(e);
    if (grade && !e.expectedGrade) out.add(WAITING_FOR_SCORES, grade, { what: out.what('grade'), waiting });
  },
});

/** 未计算, in the order validate runs them. */
export const CALCULATED_CHECKS = [NOT_CALCULATED, WAITING_FOR_SCORES] as const;

// 总分与评分等级: the 总分 row (分值 and 得分) and the 评分等级 (domain.md §3).

import type { IssueCode } from '../../model/issue';
import type { Cell } from '../../model/sheet-view';
import { valueOf, weightsAddUp, type FormEval } from '../../score/evaluate';
import { fixed2, round2, same2, type Decimal } from '../../values/decimal';
import type { NumberRead } from '../../values/number';
import type { IssueList } from '../issue-list';
import { formRule, type Declared } from '../rule';
import { numberCells } from './cells';
import { format } from '../../../i18n';

/** A 总分 cell holding another number than the rows give: `rule`'s issue with both. */
function differs(
  out: IssueList,
  rule: Declared<IssueCode>,
  cell: Cell | undefined,
  read: NumberRead | null,
  expected: Decimal | null,
  more: Record<string, string> = {},
): void {
  const found = valueOf(read);
  const mode = out.settings.rounding;
  if (cell && found && expected && !same2(found, expected, mode))
    out.add(rule, cell, { found: fixed2(round2(found, mode)), expected: fixed2(expected), ...more });
}

/** The budget's 分值 as the form has it (10 on every real form; the sum is judged with it): the
 * total 分值 less Σ indicator 分值. */
function budgetWeight(e: FormEval): string {
  if (!e.expectedTotalWeight || !e.weightSum) return '10';
  return e.expectedTotalWeight.minus(e.weightSum).toDecimalPlaces(2).toString();
}

/** 权重合计: 10 + Σ 分值 must be 100. Said on the 总分's 分值, where the sum belongs, whatever that
 * cell shows (a typed 100 too): the message says the rows add up so, and that they are to check. */
export const WEIGHT_SUM = formRule({
  code: 'WEIGHT_SUM',
  label: '权重合计',
  severity: 'error',
  meaning:
    'the rows’ 分值 (10 for the budget + Σ 分值) do not add up to 100: on the 总分’s 分值, whatever it shows; the rows are to correct',
  check(e, out) {
    // Without every 分值 there is no sum to judge: MISSING_WEIGHT / UNREADABLE_VALUE say why.
    if (e.expectedTotalWeight && e.weightSum && !weightsAddUp(e)) {
      out.add(WEIGHT_SUM, e.form.total?.weight ?? e.form.indicators[0]?.weight ?? null, {
        sum: fixed2(e.expectedTotalWeight),
        budget: budgetWeight(e),
        indicators: fixed2(e.weightSum),
      });
    }
  },
});

/** 总分值不符: the 总分 row's 分值 differs from 10 + Σ 分值 (which add up to 100). */
export const TOTAL_WEIGHT_MISMATCH = formRule({
  code: 'TOTAL_WEIGHT_MISMATCH',
  label: '总分值不符',
  severity: 'error',
  meaning: "总分's 分值 does not match the rows",
  check(e, out) {
    // While the 分值 do not add up to 100, WEIGHT_SUM says what to fix: the rows, not the 100
    // typed in the 总分 row (asking for their wrong sum there contradicted it).
    if (e.expectedTotalWeight && !weightsAddUp(e)) return;
    differs(out, TOTAL_WEIGHT_MISMATCH, e.form.total?.weight, e.totalWeight, e.expectedTotalWeight, {
      budget: budgetWeight(e),
    });
  },
});

const totalCells = numberCells((e: FormEval) =>
  e.form.total ? ([[e.totalScore, e.form.total.score, 'score']] as const) : [],
);

/** 总分不符 */
export const TOTAL_MISMATCH = formRule({
  code: 'TOTAL_MISMATCH',
  label: '总分不符',
  severity: 'error',
  meaning:
    '总分 does not match the rows (the budget 得分 counted as its rule gives it, as a recalculation writes it)',
  check(e, out) {
    differs(out, TOTAL_MISMATCH, e.form.total?.score, e.totalScore, e.expectedTotal);
  },
});

/** 评分等级不符: ≥ 90 优, ≥ 80 良, ≥ 60 中, < 60 差. */
export const GRADE_MISMATCH = formRule({
  code: 'GRADE_MISMATCH',
  label: '评分等级不符',
  severity: 'error',
  meaning: '评分等级 does not match the rows',
  check(e, out) {
    const grade = e.form.grade;
    if (grade && e.grade && e.expectedGrade && e.grade !== e.expectedGrade) {
      const basis = e.expectedTotal ?? valueOf(e.totalScore);
      out.add(GRADE_MISMATCH, grade, {
        found: e.grade,
        expected: e.expectedGrade,
        total: basis ? fixed2(basis) : '',
      });
    }
  },
});

/** A score holding more decimals than the 2 the 一体化系统 keeps (27.1428571 from a formula without
 * ROUND): the system counts 27.14, so a 总分 adding the cell up may come out 0.01 off (domain.md
 * §3: scores to 2 decimals, the total of the scores as rounded). */
function unrounded(held: Decimal | null): held is Decimal {
  return held !== null && !held.eq(held.toDecimalPlaces(2));
}

/** 得分未取两位小数: on each indicator's, the budget's and the 总分's 得分 that holds more than 2 decimals. */
export const SCORE_NOT_ROUNDED = formRule({
  code: 'SCORE_NOT_ROUNDED',
  label: '得分未取两位小数',
  severity: 'warning',
  meaning:
    'a 得分 (or the 总分) holding more than 2 decimals: the system counts it rounded, and so does the 总分',
  check(e, out) {
    const mode = out.settings.rounding;
    const sum = out.m.sumRounded;
    const scores: [Cell | null, Decimal | null, string, string][] = e.indicators.map((i) => [
      i.row.score,
      valueOf(i.score),
      format(out.m.rowScore, { name: i.name }),
      sum,
    ]);
    const funds = e.form.funds;
    if (funds && e.budget) scores.unshift([funds.score, valueOf(e.budget.score), out.m.budgetScore, sum]);
    // The 总分 itself is sent to 2 decimals too (86.234 goes in as 86.23).
    if (e.form.total) scores.push([e.form.total.score, valueOf(e.totalScore), out.m.totalScore, '']);
    for (const [cell, held, what, after] of scores)
      if (cell && unrounded(held))
        out.add(SCORE_NOT_ROUNDED, cell, {
          what,
          value: held.toString(),
          rounded: fixed2(round2(held, mode)),
          sum: after,
        });
  },
});

/** 总分与评分等级, in the order validate runs them. */
export const TOTAL_CHECKS = [
  SCORE_NOT_ROUNDED,
  WEIGHT_SUM,
  TOTAL_WEIGHT_MISMATCH,
  totalCells,
  TOTAL_MISMATCH,
  GRADE_MISMATCH,
] as const;

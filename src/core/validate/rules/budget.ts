// 预算执行: the funds block (年度资金总额 and its sub-rows), its 执行率 and 得分 (domain.md §3).

import type { CheckingSettings } from '../../model/settings';
import { valueOf, type FormEval } from '../../score/evaluate';
import { budgetScore, executionRate } from '../../score/rules';
import { Decimal, fixed2, round2, same2 } from '../../values/decimal';
import type { NumberRead } from '../../values/number';
import type { IssueList } from '../issue-list';
import { formRule } from '../rule';
import { format } from '../../../i18n';
import type { Cell } from '../../model/sheet-view';
import { numberCells } from './cells';

/** The funds block's reads, when the form has one. */
function fundsOf(e: FormEval) {
  const b = e.budget;
  const funds = e.form.funds;
  if (!b || !funds) return null;
  return { b, funds, budgeted: valueOf(b.budgeted), executed: valueOf(b.executed) };
}

/** What a number cell shows in a message: the number to 2 decimals, unreadable text as written. */
const shown = (read: NumberRead | null) =>
  read?.kind === 'number' ? fixed2(read.value) : read?.kind === 'unreadable' ? read.text : '';

/**
 * The sheet's numbers may follow the other rounding mode (the 2023 city forms truncate): its
 * settings, its 执行率 and the note saying so. Worked out only for a mismatch.
 */
function otherRounding(out: IssueList, f: NonNullable<ReturnType<typeof fundsOf>>) {
  const settings: CheckingSettings = {
    ...out.settings,
    rounding: out.settings.rounding === 'down' ? 'half-up' : 'down',
  };
  return {
    settings,
    rate: () => (f.budgeted && f.executed ? executionRate(f.budgeted, f.executed, settings) : null),
    hint: (matches: boolean) => (matches ? out.hint(settings.rounding) : ''),
  };
}

const budgetCells = numberCells((e: FormEval) => {
  const f = fundsOf(e);
  if (!f) return [];
  return [
    [f.b.budgeted, f.funds.budgeted, 'budgeted'],
    [f.b.executed, f.funds.executed, 'executed'],
    [f.b.weight, f.funds.weight, 'weight'],
    [f.b.rate, f.funds.rate, 'rate'],
    [f.b.score, f.funds.score, 'score'],
  ] as const;
});

/** 预算数为零 */
export const NO_BUDGET = formRule({
  code: 'NO_BUDGET',
  label: '预算数为零',
  severity: 'error',
  meaning: '全年预算数 is 0 or empty: no rate',
  check(e, out) {
    const f = fundsOf(e);
    if (
      f &&
      f.b.budgeted.kind !== 'unreadable' &&
      f.b.budgeted.kind !== 'uncalculated' &&
      (f.budgeted === null || f.budgeted.isZero())
    )
      out.add(NO_BUDGET, f.funds.budgeted);
  },
});

/** 超预算 */
export const BUDGET_OVERRUN = formRule({
  code: 'BUDGET_OVERRUN',
  label: '超预算',
  severity: 'warning',
  meaning: '执行数 > 预算数, on the 年度资金总额 row or a sub-row (上年结转资金 …)',
  check(e, out) {
    const f = fundsOf(e);
    if (!f) return;
    const over = (cell: Cell | null, budgeted: Decimal | null, executed: Decimal | null, row: string) => {
      if (cell && budgeted && executed && !budgeted.isNegative() && executed.gt(budgeted))
        out.add(BUDGET_OVERRUN, cell, { executed: fixed2(executed), budgeted: fixed2(budgeted), row });
    };
    // Spending on a budget of 0 is an overrun on the 年度资金总额 row as on a sub-row: NO_BUDGET says
    // besides that no rate follows, not that the money was spent without one.
    over(f.funds.executed, f.budgeted, f.executed, '');
    // A sub-row spent beyond its own budget, though the total keeps within it (another sub-row
    // spent less): the money came from elsewhere, which the finance bureau asks about.
    for (const sub of f.b.subRows)
      over(
        sub.row.executed,
        sub.budgeted,
        sub.executed,
        format(out.m.subRow, { label: sub.row.label.replace(/^其中[:：]?/, '') }),
      );
  },
});

/**
 * 执行率不符. An error on the 年度资金总额 row; a funds sub-row prints 执行率 only, and a stale
 * one there is worth a look, not a refusal: downgraded to a warning.
 */
export const BUDGET_RATE_MISMATCH = formRule({
  code: 'BUDGET_RATE_MISMATCH',
  label: '执行率不符',
  severity: 'error',
  meaning:
    'the budget 执行率 in the sheet differs from the two-step rule (a stale 执行率 on a funds sub-row is a warning)',
  check(e, out) {
    const f = fundsOf(e);
    if (!f) return;
    const { b, funds } = f;
    const rate = valueOf(b.rate);
    if (rate && b.expectedRate && !same2(rate, b.expectedRate, out.settings.rounding)) {
      const other = otherRounding(out, f);
      const alternative = other.rate();
      out.add(BUDGET_RATE_MISMATCH, funds.rate, {
        found: shown(b.rate),
        expected: fixed2(b.expectedRate),
        hint: other.hint(!!alternative && same2(rate, alternative, other.settings.rounding)),
      });
    }
    for (const sub of b.subRows) {
      const found = valueOf(sub.rate);
      if (
        found &&
        sub.expectedRate &&
        sub.row.rate &&
        !same2(found, sub.expectedRate, out.settings.rounding)
      ) {
        const params = { found: shown(sub.rate), expected: fixed2(sub.expectedRate), hint: '' };
        out.add(BUDGET_RATE_MISMATCH, sub.row.rate, params, 'warning');
      }
    }
  },
});

/** 预算执行得分不符 */
export const BUDGET_SCORE_MISMATCH = formRule({
  code: 'BUDGET_SCORE_MISMATCH',
  label: '预算执行得分不符',
  severity: 'error',
  meaning: 'the budget 得分 in the sheet differs from the two-step rule',
  check(e, out) {
    const f = fundsOf(e);
    if (!f) return;
    const { b, funds } = f;
    const score = valueOf(b.score);
    const mode = out.settings.rounding;
    if (score && b.expectedScore && b.w && !same2(score, b.expectedScore, mode)) {
      const other = otherRounding(out, f);
      const basis = other.rate() ?? b.scoreBasis!;
      out.add(BUDGET_SCORE_MISMATCH, funds.score, {
        found: fixed2(round2(score, mode)),
        rate: fixed2(b.scoreBasis!),
        expected: fixed2(b.expectedScore),
        hint: other.hint(same2(score, budgetScore(basis, b.w, other.settings), other.settings.rounding)),
      });
    }
  },
});

/** 未执行比例过高: the unexecuted share is over 20 %. */
export const LOW_EXECUTION = formRule({
  code: 'LOW_EXECUTION',
  label: '未执行比例过高',
  severity: 'warning',
  meaning: 'more than 20 % unexecuted',
  check(e, out) {
    const f = fundsOf(e);
    if (!f?.budgeted || !f.executed || !f.budgeted.gt(0) || f.executed.isNegative()) return;
    const share = new Decimal(1).minus(f.executed.div(f.budgeted)).times(100);
    if (share.gt(20)) out.add(LOW_EXECUTION, f.funds.executed, { share: fixed2(share) });
  },
});

/** 预算执行, in the order validate runs them. */
export const BUDGET_CHECKS = [
  budgetCells,
  NO_BUDGET,
  BUDGET_OVERRUN,
  BUDGET_RATE_MISMATCH,
  BUDGET_SCORE_MISMATCH,
  LOW_EXECUTION,
] as const;

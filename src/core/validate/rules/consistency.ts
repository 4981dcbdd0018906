// 一致性: what the finance bureau checks across the form (domain.md §5).

import { Decimal, fixed2, round2 } from '../../values/decimal';
import { formRule } from '../rule';

/**
 * 指标完成度高于预算执行: indicator achievement far above budget execution,
 * (Σ指标得分/Σ分值 − 预算得分/10) / (Σ指标得分/Σ分值) > 5 %, each score as the system counts it
 * (2 decimals). The message quotes the figures compared: 预算得分 ÷ 10 (6.88 → 68.80 %), never
 * the 执行率 beside it (68.75 %), which the rule does not compare.
 */
export const ACHIEVEMENT_GAP = formRule({
  code: 'ACHIEVEMENT_GAP',
  label: '指标完成度高于预算执行',
  severity: 'warning',
  meaning:
    'indicators far above budget execution: Σ 指标得分 / Σ 分值 more than 5 % above 预算执行得分 / 10 (the rule’s 得分 where the one written differs)',
  check(e, out) {
    const b = e.budget;
    // The rule's 预算得分 where there is one: a written one that differs (a stale 9.36 under
    // 96.36 %) is BUDGET_SCORE_MISMATCH's, and a gap measured from it would vanish once it is
    // corrected. Else the one written (a 得分 without the amounts or 执行率 to check it by).
    const held = b?.expectedScore ?? b?.effective;
    if (!held || !b?.w?.gt(0) || !e.weightSum || e.weightSum.lte(0)) return;
    const mode = out.settings.rounding;
    let sum = new Decimal(0);
    for (const i of e.indicators) {
      if (!i.effective) return;
      sum = sum.plus(round2(i.effective, mode));
    }
    const achievement = sum.div(e.weightSum);
    if (achievement.lte(0)) return;
    const budgetScore = round2(held, mode);
    const execution = budgetScore.div(b.w);
    if (achievement.minus(execution).div(achievement).gt(0.05)) {
      // At the budget 得分; where the form has no such column, at what the execution is read from.
      const f = e.form.funds;
      out.add(ACHIEVEMENT_GAP, f?.score ?? f?.rate ?? f?.executed ?? null, {
        achievement: fixed2(achievement.times(100)),
        execution: fixed2(execution.times(100)),
        score: fixed2(budgetScore),
        weight: b.w.toDecimalPlaces(2).toString(),
      });
    }
  },
});

/** 一致性, in the order validate runs them. */
export const CONSISTENCY_CHECKS = [ACHIEVEMENT_GAP] as const;

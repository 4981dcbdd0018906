// 一致性: what the finance bureau checks across the form (domain.md §5).

import { Decimal, fixed2 } from '../../values/decimal';
import { formRule } from '../rule';

/**
 * 指标完成度高于预算执行: indicator achievement far above budget execution,
 * (Σ指标得分/Σ分值 − 预算得分/10) / (Σ指标得分/Σ分值) > 5 %.
 */
export const ACHIEVEMENT_GAP = formRule({
  code: 'ACHIEVEMENT_GAP',
  label: '指标完成度高于预算执行',
  severity: 'warning',
  meaning: 'indicators far above budget execution',
  check(e, out) {
    const budgetScore = e.budget?.effective;
    const w = e.budget?.w;
    if (!budgetScore || !e.budget || !w?.gt(0) || !e.weightSum || e.weightSum.lte(0)) return;
    let sum = new Decimal(0);
    for (const i of e.indicators) {
      if (!i.effective) return;
      sum = sum.plus(i.effective);
    }
    const achievement = sum.div(e.weightSum);
    if (achievement.lte(0)) return;
    const execution = budgetScore.div(w);
    if (achievement.minus(execution).div(achievement).gt(0.05)) {
      // Quote the 执行率 the score follows from (92.25), not 预算得分 ÷ 10 (92.30), when the score is
      // the one that rate gives, whatever rate the sheet prints (a stale 100 beside it); a stale
      // score (9.36 under 96.36 %) as the execution it stands for.
      const rate = e.budget.expectedRate;
      const fromRate = e.budget.expectedScore !== null && budgetScore.eq(e.budget.expectedScore);
      // At the budget 得分; where the form has no such column, at what the execution is read from.
      const f = e.form.funds;
      out.add(ACHIEVEMENT_GAP, f?.score ?? f?.rate ?? f?.executed ?? null, {
        achievement: fixed2(achievement.times(100)),
        execution: fixed2(rate && fromRate ? rate : execution.times(100)),
      });
    }
  },
});

/** 一致性, in the order validate runs them. */
export const CONSISTENCY_CHECKS = [ACHIEVEMENT_GAP] as const;

// Which value a form shows for a computed cell, decided once for every front end (the CLI table,
// the 汇总表, the task pane): what the cell holds, else what the rules give. What the file holds
// is what gets emailed; where it differs from the rules, the checks say so.

import type { FormReport } from './report';

/** The value a computed cell shows: what it holds, else what the rules give; null when neither. */
export function shown(held: string | null, expected: string | null): string | null {
  return held ?? expected;
}

/** The 总分 a form shows. */
export const shownTotal = (form: FormReport): string | null =>
  shown(form.total.score, form.total.expectedScore);

/** The 评分等级 a form shows. */
export const shownGrade = (form: FormReport): string | null => shown(form.grade.value, form.grade.expected);

/** The 得分 of 年度资金总额 (预算执行率) a form shows. */
export const shownBudgetScore = (form: FormReport): string | null =>
  shown(form.budget.score, form.budget.expectedScore);

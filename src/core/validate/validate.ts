// Validation before emailing (domain.md §5): every problem as an Issue with a stable code, a
// severity, the cell, and a message in the user's language. The rules are declared in rules/,
// one file per group; this runs their checks in a fixed order.

import type { Issue } from '../model/issue';
import type { CheckingSettings } from '../model/settings';
import type { FormEval } from '../score/evaluate';
import type { Messages } from '../../i18n';
import { IssueList } from './issue-list';
import type { Check } from './rule';
import { BUDGET_CHECKS } from './rules/budget';
import { CALCULATED_CHECKS } from './rules/calculated';
import { CONSISTENCY_CHECKS } from './rules/consistency';
import { FIELD_CHECKS } from './rules/fields';
import { FORMULA_CHECKS } from './rules/formulas';
import { STRUCTURE_CHECKS } from './rules/structure';
import { INDICATOR_SCORE_CHECKS } from './rules/indicator-scores';
import { INDICATOR_VALUE_CHECKS } from './rules/indicator-values';
import { SUBTOTAL_CHECKS } from './rules/subtotals';
import { TOTAL_CHECKS } from './rules/totals';

const INDICATOR_CHECKS = [...INDICATOR_VALUE_CHECKS, ...INDICATOR_SCORE_CHECKS];

/**
 * Every issue of one evaluated form, in this order: 必填项, 公式未计算, 表格结构, 预算执行, each indicator row (its
 * values, then its 得分), 小计, 一致性, 总分与评分等级, 未计算.
 */
export function validate(e: FormEval, settings: CheckingSettings, m: Messages): Issue[] {
  const out = new IssueList(e.form.sheet, settings, m);
  const run = <Subject>(checks: readonly Check<Subject>[], subject: Subject) => {
    for (const step of checks) step.check(subject, out);
  };
  run(FIELD_CHECKS, e);
  run(FORMULA_CHECKS, e);
  run(STRUCTURE_CHECKS, e);
  run(BUDGET_CHECKS, e);
  for (const i of e.indicators) run(INDICATOR_CHECKS, i);
  run(SUBTOTAL_CHECKS, e);
  run(CONSISTENCY_CHECKS, e);
  run(TOTAL_CHECKS, e);
  run(CALCULATED_CHECKS, e);
  return out.items;
}

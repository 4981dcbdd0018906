// The one list of validation rules: every issue code SelfEval raises, with its Chinese label, its
// severity and its meaning. IssueCode (model/issue.ts) is derived from it, every code must have a
// message in src/i18n (issue-list.ts), and the README's issue table is generated from it
// (`npm run docs:issues`; test/core/validate/issue-table.test.ts fails when they differ).
// Listed group by group, in the order validate runs them (validate.ts).

import {
  BUDGET_OVERRUN,
  BUDGET_RATE_MISMATCH,
  BUDGET_SCORE_MISMATCH,
  LOW_EXECUTION,
  NO_BUDGET,
} from './budget';
import { FORMULA_BLANK, NOT_CALCULATED, WAITING_FOR_SCORES } from './calculated';
import { FORMULA_CIRCULAR, FORMULA_NOT_CALCULATED } from './formulas';
import {
  FUNDS_COLUMN_MISSING,
  FUNDS_MISSING,
  MERGED_SCORE,
  INDICATOR_COLUMN_MISSING,
  REASON_COLUMN_MISSING,
  RESULT_ROW_MISSING,
} from './structure';
import { NEGATIVE_VALUE, UNREADABLE_VALUE } from './cells';
import { ACHIEVEMENT_GAP } from './consistency';
import { MISSING_FIELD } from './fields';
import {
  MANUAL_SCORE_NEEDED,
  MANUAL_SCORE_OUT_OF_BAND,
  MISSING_REASON,
  SCORE_MISMATCH,
  SCORE_OVER_WEIGHT,
  SCORE_STALE,
} from './indicator-scores';
import {
  ABOVE_RANGE,
  FRACTION_FOR_PERCENT,
  MISSING_WEIGHT,
  OVER_COMPLETION,
  UNIT_MISMATCH,
} from './indicator-values';
import { SUBTOTAL_MISMATCH, SUBTOTAL_WEIGHT_MISMATCH } from './subtotals';
import { FAR_CELLS, HIDDEN_SHEET, NO_FORM, PROPOSED_WEIGHT, PROTECTED_SHEET } from './raised-elsewhere';
import {
  GRADE_MISMATCH,
  SCORE_NOT_ROUNDED,
  TOTAL_MISMATCH,
  TOTAL_WEIGHT_MISMATCH,
  WEIGHT_SUM,
} from './totals';

export const RULES = [
  // 必填项 (fields.ts) and 数值 (cells.ts)
  MISSING_FIELD,
  UNREADABLE_VALUE,
  NEGATIVE_VALUE,
  // 公式未计算, 循环引用 (formulas.ts) and 表格结构 (structure.ts)
  FORMULA_NOT_CALCULATED,
  FORMULA_CIRCULAR,
  MERGED_SCORE,
  FUNDS_MISSING,
  FUNDS_COLUMN_MISSING,
  RESULT_ROW_MISSING,
  INDICATOR_COLUMN_MISSING,
  REASON_COLUMN_MISSING,
  // 预算执行 (budget.ts)
  NO_BUDGET,
  BUDGET_OVERRUN,
  BUDGET_RATE_MISMATCH,
  BUDGET_SCORE_MISMATCH,
  LOW_EXECUTION,
  // 指标值与实际完成值 (indicator-values.ts)
  MISSING_WEIGHT,
  UNIT_MISMATCH,
  FRACTION_FOR_PERCENT,
  OVER_COMPLETION,
  ABOVE_RANGE,
  // 指标得分 (indicator-scores.ts)
  SCORE_OVER_WEIGHT,
  MANUAL_SCORE_NEEDED,
  MANUAL_SCORE_OUT_OF_BAND,
  SCORE_MISMATCH,
  SCORE_STALE,
  MISSING_REASON,
  // 小计 (subtotals.ts)
  SUBTOTAL_WEIGHT_MISMATCH,
  SUBTOTAL_MISMATCH,
  // 一致性 (consistency.ts)
  ACHIEVEMENT_GAP,
  // 总分与评分等级 (totals.ts)
  SCORE_NOT_ROUNDED,
  WEIGHT_SUM,
  TOTAL_WEIGHT_MISMATCH,
  TOTAL_MISMATCH,
  GRADE_MISMATCH,
  // 未计算 (calculated.ts)
  NOT_CALCULATED,
  FORMULA_BLANK,
  WAITING_FOR_SCORES,
  // raised outside validate (raised-elsewhere.ts)
  PROTECTED_SHEET,
  NO_FORM,
  PROPOSED_WEIGHT,
  HIDDEN_SHEET,
  FAR_CELLS,
] as const;

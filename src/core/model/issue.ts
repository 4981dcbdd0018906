// Issue: one problem found on a form, a click away from its cell.

export type Severity = 'error' | 'warning' | 'info';

export type IssueCode =
  | 'MISSING_REASON' // 偏差原因分析 empty while 得分 < 分值
  | 'WEIGHT_SUM' // 总分分值 ≠ 100
  | 'MISSING_WEIGHT' // a row without 分值
  | 'NEGATIVE_VALUE'
  | 'SCORE_OVER_WEIGHT' // 得分 > 分值
  | 'BUDGET_SCORE_MISMATCH' // budget 得分 differs from the rules
  | 'BUDGET_RATE_MISMATCH' // budget 执行率 differs from the rules
  | 'TOTAL_MISMATCH'
  | 'TOTAL_WEIGHT_MISMATCH' // 总分分值 written differs from 10 + Σ 分值
  | 'GRADE_MISMATCH'
  | 'SCORE_MISMATCH' // a typed score differs from the rule (kept)
  | 'MANUAL_SCORE_NEEDED' // a person must judge
  | 'MANUAL_SCORE_OUT_OF_BAND' // a manual score outside its outcome's band
  | 'UNREADABLE_VALUE'
  | 'UNIT_MISMATCH'
  | 'OVER_COMPLETION'
  | 'MISSING_FIELD'
  | 'BUDGET_OVERRUN' // 全年执行数 > 全年预算数
  | 'NO_BUDGET' // 全年预算数 = 0 or missing
  | 'ACHIEVEMENT_GAP' // indicators far above budget execution
  | 'LOW_EXECUTION' // unexecuted share > 20 %
  | 'NOT_CALCULATED' // a computed cell left empty that the rules can fill
  | 'NO_FORM'
  | 'PROTECTED_SHEET'
  | 'PROPOSED_WEIGHT'; // a weight we proposed (from-targets)

export interface Issue {
  code: IssueCode;
  severity: Severity;
  sheet: string;
  /** A1 address without the sheet name; '' for the sheet as a whole. */
  cell: string;
  message: string;
}

/** How many errors and warnings there are (infos are not counted): the figures every front end
 * prints, for a form, a sheet, a file or a run. */
export function countBySeverity(issues: readonly Issue[]): { errors: number; warnings: number } {
  return {
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
  };
}

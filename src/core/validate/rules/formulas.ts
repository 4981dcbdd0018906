// 公式未计算: files written by other programs often hold formulas with no saved result until Excel
// or WPS recalculates them (domain.md §2). Such a cell is unreadable for now, never blank or zero.

import { formRule } from '../rule';

/** 公式未计算 */
export const FORMULA_NOT_CALCULATED = formRule({
  code: 'FORMULA_NOT_CALCULATED',
  label: '公式未计算',
  severity: 'error',
  meaning:
    'a formula the file holds no result for: open and save the workbook in Excel or WPS, then check again',
  check(e, out) {
    for (const { cell, formula } of e.uncalculated) out.add(FORMULA_NOT_CALCULATED, cell, { formula });
  },
});

/** 公式未计算, in the order validate runs them. */
export const FORMULA_CHECKS = [FORMULA_NOT_CALCULATED] as const;

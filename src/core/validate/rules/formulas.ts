// 公式未计算: files written by other programs often hold formulas with no saved result until Excel
// or WPS recalculates them (domain.md §2). Such a cell is unreadable for now, never blank or zero.
// 循环引用: one that reads its own cell never gets a result, and the advice is to change it.

import { formRule } from '../rule';

/** 公式未计算 */
export const FORMULA_NOT_CALCULATED = formRule({
  code: 'FORMULA_NOT_CALCULATED',
  label: '公式未计算',
  severity: 'error',
  meaning:
    'a formula the file holds no result for: open and save the workbook in Excel or WPS, then check again',
  check(e, out) {
    for (const { cell, formula, circular } of e.uncalculated)
      if (!circular) out.add(FORMULA_NOT_CALCULATED, cell, { formula });
  },
});

/** 循环引用 */
export const FORMULA_CIRCULAR = formRule({
  code: 'FORMULA_CIRCULAR',
  label: '循环引用',
  severity: 'error',
  meaning: 'a formula that reads its own cell (a circular reference): no spreadsheet gives it a result',
  check(e, out) {
    for (const { cell, formula, circular } of e.uncalculated)
      if (circular) out.add(FORMULA_CIRCULAR, cell, { formula });
  },
});

/** 公式未计算 and 循环引用, in the order validate runs them. */
export const FORMULA_CHECKS = [FORMULA_NOT_CALCULATED, FORMULA_CIRCULAR] as const;

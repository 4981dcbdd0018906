// Codes raised outside validate, declared here so that the list of rules is complete.

import { declared } from '../rule';

/** 工作表受保护: raised by sheetReport (validate/sheet-report.ts); checked, but never written. */
export const PROTECTED_SHEET = declared({
  code: 'PROTECTED_SHEET',
  label: '工作表受保护',
  severity: 'error',
  meaning: 'a protected sheet with cells to fill: checked, but a recalculation cannot write it',
});

/** 无自评表: raised by sheetReport (validate/sheet-report.ts). */
export const NO_FORM = declared({
  code: 'NO_FORM',
  label: '无自评表',
  severity: 'info',
  meaning: 'a sheet without a form',
});

/** 建议分值: raised by from-targets (sheets/from-targets.ts) on each weight it proposes, listed
 * by the task pane when it makes the forms; check never raises it (a weight the user confirmed
 * and one left as proposed look alike in the workbook). */
export const PROPOSED_WEIGHT = declared({
  code: 'PROPOSED_WEIGHT',
  label: '建议分值',
  severity: 'info',
  meaning:
    'a 分值 proposed from a 目标申报表 (the standard split): confirm it. Listed by the task pane as it makes the forms (the command line says it once per form); not by a later check',
});

/** 隐藏工作表: raised by sheetReport on a hidden sheet whose forms were checked. */
export const HIDDEN_SHEET = declared({
  code: 'HIDDEN_SHEET',
  label: '隐藏工作表',
  severity: 'info',
  meaning:
    'a hidden sheet holding a form: checked like the others, never written by a recalculation, and said so',
});

/** 远处单元格未读取: raised by sheetReport when the host left a sheet's stray far cells out of its
 * Grid (Grid.farCells); on the first of them, so that a click shows what was left out. */
export const FAR_CELLS = declared({
  code: 'FAR_CELLS',
  label: '远处单元格未读取',
  severity: 'warning',
  meaning:
    'cells holding something far from the rest of the sheet (over 1,000 empty rows or 100 empty columns away, on a sheet too large to read whole) were not read: a form there would not be checked',
});

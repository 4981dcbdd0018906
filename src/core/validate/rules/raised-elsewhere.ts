// Codes raised outside validate, declared here so that the list of rules is complete.

import { declared } from '../rule';

/** 工作表受保护: raised by sheetReport (validate/sheet-report.ts); checked, but never written. */
export const PROTECTED_SHEET = declared({
  code: 'PROTECTED_SHEET',
  label: '工作表受保护',
  severity: 'error',
  meaning: 'a protected sheet: checked, but a recalculation cannot write it',
});

/** 无自评表: raised by sheetReport (validate/sheet-report.ts). */
export const NO_FORM = declared({
  code: 'NO_FORM',
  label: '无自评表',
  severity: 'info',
  meaning: 'a sheet without a form',
});

/** 建议分值: raised by from-targets (sheets/from-targets.ts) on each weight it proposes. */
export const PROPOSED_WEIGHT = declared({
  code: 'PROPOSED_WEIGHT',
  label: '建议分值',
  severity: 'info',
  meaning: 'a 分值 proposed from a 目标申报表 (the standard split): confirm it',
});

/** 隐藏工作表: raised by sheetReport on a hidden sheet whose forms were checked. */
export const HIDDEN_SHEET = declared({
  code: 'HIDDEN_SHEET',
  label: '隐藏工作表',
  severity: 'info',
  meaning:
    'a hidden sheet holding a form: checked like the others, never written by a recalculation, and said so',
});

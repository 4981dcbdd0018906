// Settings that change how forms are scored and checked. They travel with the workbook
// (WorkbookState) so that the sender and the receiver get the same results.

import type { RoundingMode } from '../values/decimal';

export type { RoundingMode };
/** 反向指标 (lower is better): 'linear' = (1 − (actual − target) / target) × w, 'ratio' = target / actual × w. */
export type ReverseRule = 'linear' | 'ratio';
export type Lang = 'zh-CN' | 'en';

export interface Settings {
  rounding: RoundingMode;
  reverseRule: ReverseRule;
  /** actual ≥ overCompletion × target without an explanation is a warning. */
  overCompletion: number;
  /** Write our score over a typed score that differs from the rule. */
  force: boolean;
  lang: Lang;
}

export const defaultSettings: Settings = {
  rounding: 'half-up',
  reverseRule: 'linear',
  overCompletion: 1.2,
  force: false,
  lang: 'zh-CN',
};

export function withDefaults(partial: Partial<Settings> | undefined): Settings {
  return { ...defaultSettings, ...(partial ?? {}) };
}

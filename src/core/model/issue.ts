// Issue: one problem found on a form, a click away from its cell.

import type { RULES } from '../validate/rules';

export type Severity = 'error' | 'warning' | 'info';

/** Every code SelfEval raises: the codes of the one list of rules, src/core/validate/rules/index.ts,
 * where each stands with its Chinese label, severity and meaning. */
export type IssueCode = (typeof RULES)[number]['code'];

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

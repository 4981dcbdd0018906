// A sheet's report: its forms in the shape front ends show, and every issue found on them.

import type { Messages } from '../../i18n';
import { parseAddress, type Grid } from '../model/grid';
import type { Issue } from '../model/issue';
import type { SheetReport } from '../model/report';
import type { CheckingSettings } from '../model/settings';
import type { FormEval } from '../score/evaluate';
import { toReport } from './to-report';
import { IssueList } from './issue-list';
import { FAR_CELLS, HIDDEN_SHEET, NO_FORM, PROTECTED_SHEET } from './rules/raised-elsewhere';
import { validate } from './validate';

/**
 * The report of one sheet's evaluated forms (as they are, or as they will be after a
 * recalculation). A sheet without a form gets NO_FORM (info); a protected sheet holding cells a
 * recalculation would write (`protected`) leads with PROTECTED_SHEET (error); a hidden sheet with
 * forms says so (HIDDEN_SHEET, info); on either, the advice to recalculate says what to do first.
 * Stray far cells the host left out of the grid are named (FAR_CELLS, warning, on the first).
 */
export function sheetReport(
  sheet: string,
  evals: FormEval[],
  settings: CheckingSettings,
  m: Messages,
  options: { protected?: boolean; hidden?: boolean; farCells?: Grid['farCells'] } = {},
): SheetReport {
  const sheetWide = new IssueList(sheet, settings, m);
  if (options.protected) sheetWide.add(PROTECTED_SHEET, null, { sheet });
  if (!evals.length) sheetWide.add(NO_FORM, null);
  else if (options.hidden) sheetWide.add(HIDDEN_SHEET, null, { sheet });
  const far = options.farCells;
  if (far) sheetWide.add(FAR_CELLS, parseAddress(far.first), { sheet, count: far.count, first: far.first });
  const issues: Issue[] = [...sheetWide.items, ...evals.flatMap((e) => validate(e, settings, m))];
  const blocked = options.protected ? 'protected' : options.hidden ? 'hidden' : null;
  return { sheet, forms: evals.map(toReport), issues: blocked ? issues.map(withBlock(m, blocked)) : issues };
}

/** Issues that tell the user to recalculate (or to replace a formula by force): on a sheet a
 * recalculation does not write, they also say what to do first, or the advice cannot work. */
const RECALCULATE_ADVICE = new Set(['NOT_CALCULATED', 'FORMULA_BLANK']);

const withBlock =
  (m: Messages, blocked: 'hidden' | 'protected') =>
  (issue: Issue): Issue =>
    RECALCULATE_ADVICE.has(issue.code) ? { ...issue, message: issue.message + m.blocked[blocked] } : issue;

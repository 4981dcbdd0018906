// check: the forms on one sheet and their issues, read only.

import { messages, type Messages } from '../../i18n';
import type { Grid } from '../model/grid';
import type { SheetReport } from '../model/report';
import { resolveSettings, type Settings } from '../model/settings';
import { scoresOn, type WorkbookState } from '../model/state';
import { evaluateSheet } from '../score/evaluate-sheet';
import { planForm } from '../plan/plan-values';
import { reportOfSheet } from '../plan/protected-sheet';

/**
 * The forms on one sheet and every issue found, without changing anything; a protected sheet where
 * a recalculation would write leads with PROTECTED_SHEET, as recalculate's report does. `settings` are the
 * caller's (resolve a workbook's stored ones with resolveSettings first); messages default to
 * Chinese. `state`: the workbook's stored state, whose WrittenScore ledger tells SelfEval's own
 * earlier 得分 from typed ones (without it every score is taken as typed).
 */
export function check(
  grid: Grid,
  settings?: Partial<Settings>,
  m: Messages = messages('zh-CN'),
  state?: Pick<WorkbookState, 'scores'>,
): SheetReport {
  const s = resolveSettings(undefined, settings);
  const { view, evals } = evaluateSheet(grid, s, scoresOn(state, grid.sheet));
  // A protected sheet says so where recalc could not write what the issues ask it to.
  return reportOfSheet(grid, evals, () => evals.map((e) => planForm(view, e, s)), s, m);
}

// The forms as a recalculation would leave them: what a 汇总表 shows, so that a stale 执行率 or
// 预算得分 in a form is not summed and averaged as if it were the form's figure.

import type { Messages } from '../../i18n';
import type { Grid } from '../model/grid';
import type { SheetReport } from '../model/report';
import type { Settings } from '../model/settings';
import type { WorkbookState } from '../model/state';
import { recalculate } from './recalculate';

/**
 * The reports of `grids` once recalculated, one per grid in the same order, their forms in the
 * same order as check's. Hidden and protected sheets are planned too: a recalculation does not
 * write them, but their figures are the rules' all the same once the sheet is unhidden or
 * unprotected. Typed scores and the user's formulas are kept, as a recalculation keeps them.
 */
export function asRecalculated(
  grids: Grid[],
  state: WorkbookState,
  overrides?: Partial<Settings>,
  m?: Messages,
): SheetReport[] {
  const writable = grids.map((g) => ({ ...g, hidden: false, protected: false }));
  return recalculate(writable, state, overrides, m).reports;
}

// check: the forms on one sheet and their issues, read only.

import { messages, type Messages } from '../../i18n';
import type { Grid } from '../model/grid';
import type { SheetReport } from '../model/report';
import { resolveSettings, type Settings } from '../model/settings';
import { evaluateSheet } from '../score/evaluate-sheet';
import { sheetReport } from './sheet-report';

/**
 * The forms on one sheet and every issue found, without changing anything. `settings` are the
 * caller's (resolve a workbook's stored ones with resolveSettings first); messages default to
 * Chinese.
 */
export function check(
  grid: Grid,
  settings?: Partial<Settings>,
  m: Messages = messages('zh-CN'),
): SheetReport {
  const s = resolveSettings(undefined, settings);
  return sheetReport(grid.sheet, evaluateSheet(grid, s).evals, s, m, {
    hidden: grid.hidden,
    farCells: grid.farCells,
  });
}

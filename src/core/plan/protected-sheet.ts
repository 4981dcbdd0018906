// 工作表受保护: a protected sheet cannot be written. Both check and recalculate say so, and only
// where a recalculation has something to write there: a sheet of notes, or a form complete and
// explained, is no error.

import type { Messages } from '../../i18n';
import type { Grid } from '../model/grid';
import type { SheetReport } from '../model/report';
import type { CheckingSettings } from '../model/settings';
import type { FormEval } from '../score/evaluate';
import { sheetReport } from '../validate/sheet-report';
import type { FormPlan } from './plan-values';

/**
 * The report of a sheet's forms (`forms`: as they are, or as a recalculation leaves them), led by
 * PROTECTED_SHEET (error) when the sheet is protected and a recalculation would write there: a
 * value (`plans()`, asked only of a protected sheet) or the highlight of a 偏差原因 left empty
 * (MISSING_REASON). A hidden sheet is never written (HIDDEN_SHEET says so), so never stopped.
 */
export function reportOfSheet(
  grid: Grid,
  forms: FormEval[],
  plans: () => FormPlan[],
  settings: CheckingSettings,
  m: Messages,
): SheetReport {
  const report = (blocked: boolean) =>
    sheetReport(grid.sheet, forms, settings, m, {
      protected: blocked,
      hidden: grid.hidden,
      farCells: grid.farCells,
    });
  const sheet = report(false);
  if (!grid.protected || grid.hidden) return sheet;
  const writes =
    plans().some((p) => p.changes.length > 0) || sheet.issues.some((i) => i.code === 'MISSING_REASON');
  return writes ? report(true) : sheet;
}

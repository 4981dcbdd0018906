// The task pane's 生成汇总表: a 汇总表 of the forms on the open workbook's sheets, on a new sheet
// whose links point into the same workbook.

import { messages, type Messages } from '../../i18n';
import type { ChangeSet } from '../model/change-set';
import type { Grid } from '../model/grid';
import type { Settings } from '../model/settings';
import { emptyState, type WorkbookState } from '../model/state';
import { asRecalculated } from '../plan/as-recalculated';
import { check } from '../validate/check';
import { summary } from './summary';
import { uniqueSheetName } from './template';

export function workbookSummary(
  grids: Grid[],
  existingSheets: string[],
  settings?: Partial<Settings>,
  m: Messages = messages('zh-CN'),
  state: WorkbookState = emptyState(),
): { sheet: string; changes: ChangeSet } {
  const sheet = uniqueSheetName(existingSheets, m.summary.sheetName);
  // A summary made before holds no form, so it adds no line.
  const reports = grids.map((grid) => check(grid, settings, m, state));
  const recalculated = asRecalculated(grids, state, settings, m);
  return { sheet, changes: summary(sheet, [{ reports, recalculated }], { settings, messages: m }) };
}

// The task pane's 生成汇总表: a 汇总表 of the forms on the open workbook's sheets, on a new sheet
// whose links point into the same workbook.

import type { ChangeSet } from '../model/change-set';
import { check } from '../validate/check';
import type { Grid } from '../model/grid';
import { messages } from '../../i18n';
import { withDefaults, type Settings } from '../model/settings';
import { summary } from './summary';
import { uniqueSheetName } from './template';

export function workbookSummary(
  grids: Grid[],
  existingSheets: string[],
  settings?: Partial<Settings>,
): { sheet: string; changes: ChangeSet } {
  const s = withDefaults(settings);
  const sheet = uniqueSheetName(existingSheets, messages(s.lang).summary.sheetName);
  // A summary made before holds no form, so it adds no line.
  const reports = grids.map((grid) => check(grid, s));
  return { sheet, changes: summary(sheet, [{ reports }], { settings: s }) };
}

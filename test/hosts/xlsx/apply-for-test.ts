// Test helper: applies a whole change set to an ExcelJS workbook the way the xlsx host will
// (layout through applyLayoutChange, values written here) and round-trips it through a file.

import ExcelJS from 'exceljs';
import type { ChangeSet } from '../../../src/core/model/change-set';
import { applyLayoutChange } from '../../../src/hosts/xlsx/layout';

export function applyForTest(workbook: ExcelJS.Workbook, changes: ChangeSet): void {
  for (const change of changes) {
    if (applyLayoutChange(workbook, change)) continue;
    if (change.kind === 'value') {
      const cell = workbook.getWorksheet(change.sheet)!.getCell(change.cell);
      // Format first, as the hosts do; a fresh style object, never a shared one.
      if (change.format) cell.style = { ...cell.style, numFmt: change.format };
      cell.value = change.value;
    } else if (change.kind !== 'select') {
      throw new Error(`the test helper does not apply ${change.kind}`);
    }
  }
}

/** Write the workbook to .xlsx bytes and read them back, as a user's Excel would see them. */
export async function reopen(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const bytes = await workbook.xlsx.writeBuffer();
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(bytes as ArrayBuffer);
  return reread;
}

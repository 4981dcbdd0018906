// Reading every visible worksheet (the state sheet excluded) in two round trips: the sheet list
// with the state, then every used range at once.

import { STATE_SHEET } from '../../core';
import { queueSheetRead, type SheetRead } from './read-sheet';
import type { Session } from './session';
import { queueStateRead, type StoredState } from './state-sheet';

export interface WorkbookRead {
  sheets: SheetRead[];
  stored: StoredState;
}

export async function readWorkbook(session: Session): Promise<WorkbookRead> {
  const { worksheets } = session.workbook;
  worksheets.load('items/name,items/visibility');
  const stateRead = queueStateRead(session.workbook);
  await session.sync();
  const visible = worksheets.items.filter((s) => s.visibility === 'Visible' && s.name !== STATE_SHEET);
  const reads = visible.map((sheet) => queueSheetRead(sheet));
  await session.sync();
  return { sheets: reads.map((read) => read()), stored: stateRead() };
}

/** The active sheet and the state, in one round trip. */
export async function readActiveSheet(session: Session): Promise<{ sheet: SheetRead; stored: StoredState }> {
  const sheetRead = queueSheetRead(session.workbook.worksheets.getActiveWorksheet());
  const stateRead = queueStateRead(session.workbook);
  await session.sync();
  return { sheet: sheetRead(), stored: stateRead() };
}

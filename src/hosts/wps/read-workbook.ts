// The reads every operation starts with: the active sheet, or the sheet list and then every
// visible sheet, each together with the WorkbookState.

import { namesStateSheet } from '../../core';
import { XL, type EtWorkbook, type EtWorksheet } from './et';
import { readSheet, type SheetRead } from './read-sheet';
import { readStoredState, type StoredState } from './state-sheet';

export interface ListedSheet {
  sheet: EtWorksheet;
  name: string;
  /** XL.sheetVisible, sheetHidden or sheetVeryHidden. */
  visible: number;
}

/** Every sheet with its name and visibility: Count, then Item(i), Name and Visible of each. */
export function listSheets(workbook: EtWorkbook): ListedSheet[] {
  const sheets = workbook.Worksheets;
  const count = sheets.Count;
  const listed: ListedSheet[] = [];
  for (let i = 1; i <= count; i++) {
    const sheet = sheets.Item(i);
    // Visible reads as xlSheetVisible (-1), or true as VBA's Boolean view of it.
    const visible = sheet.Visible as number | boolean;
    listed.push({ sheet, name: sheet.Name, visible: visible === true ? XL.sheetVisible : Number(visible) });
  }
  return listed;
}

export function readActiveSheet(workbook: EtWorkbook): { sheet: SheetRead; stored: StoredState } {
  const sheet = readSheet(workbook.ActiveSheet);
  return { sheet, stored: readStoredState(workbook) };
}

/** Every visible sheet (the state sheet excluded); with `hidden`, hidden and very hidden ones
 * too, their grids marked hidden: checked, not recalculated. */
export function readWorkbook(
  workbook: EtWorkbook,
  options: { hidden?: boolean } = {},
): { sheets: SheetRead[]; stored: StoredState } {
  const stored = readStoredState(workbook);
  // SelfEval's state sheet is never shown (very hidden, or hidden by a program that saved it); a
  // `_selfeval` that holds no state is the user's.
  const shown = (s: ListedSheet) =>
    (s.visible === XL.sheetVisible || options.hidden === true) && !(stored.exists && namesStateSheet(s.name));
  const sheets = listSheets(workbook)
    .filter(shown)
    .map((s) => {
      const read = readSheet(s.sheet, s.name);
      if (s.visible !== XL.sheetVisible) read.grid.hidden = true;
      return read;
    });
  return { sheets, stored };
}

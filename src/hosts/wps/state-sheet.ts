// The WorkbookState in the very hidden sheet `_selfeval` (see isStateSheet), as the Excel host
// keeps it (JSON in chunks down column A, see core/model/state.ts), so a workbook carries its
// settings, highlight ledger and undo record between Excel and WPS. Read: Item(name) (which
// throws when the sheet is missing), its used range's Address and Value2. Written in one block,
// text format first.

import {
  emptyState,
  isStateSheet,
  parseArea,
  readState,
  serializeState,
  STATE_SHEET,
  type SheetVisibility,
  type WorkbookState,
} from '../../core';
import { missingState, type StoredState } from '../excel/state-sheet';
import { XL, type EtWorkbook, type EtWorksheet } from './et';
import { rowsOf } from './read-sheet';

export { stateChanged, type StoredState } from '../excel/state-sheet';

/** The state sheet, or null when the workbook has none (Worksheets.Item throws for a missing name). */
function stateSheet(workbook: EtWorkbook): EtWorksheet | null {
  try {
    return workbook.Worksheets.Item(STATE_SHEET);
  } catch {
    return null;
  }
}

export function readStoredState(workbook: EtWorkbook): StoredState {
  const sheet = stateSheet(workbook);
  if (!sheet) return missingState(!workbook.ProtectStructure);
  const visible = sheet.Visible as number | boolean;
  const visibility: SheetVisibility =
    visible === XL.sheetVeryHidden ? 'veryHidden' : visible === XL.sheetHidden ? 'hidden' : 'visible';
  // A visible sheet of that name is the user's whatever it holds: not read (every call crosses).
  if (visibility === 'visible') return missingState(false);
  const used = sheet.UsedRange;
  const area = parseArea(used.Address);
  const above = Array.from({ length: area.top }, () => '');
  const chunks = area.left === 0 ? above.concat(rowsOf(used.Value2).map((row) => String(row[0] ?? ''))) : [];
  // A hidden one is SelfEval's when it holds a state (a program that saved the workbook made it
  // hidden), else the user's: neither read nor written.
  if (!isStateSheet(STATE_SHEET, visibility, () => chunks)) return missingState(false);
  if (area.left !== 0) return { state: emptyState(), exists: true, rows: 0, writable: true };
  // A state this version cannot read (a newer one's, or damaged) is never written over.
  const { state, unreadable } = readState(chunks);
  return { state, exists: true, rows: chunks.length, writable: !unreadable };
}

/** Writes `next` over `stored`: chunks as text in A1:An, leftover rows emptied. Adding the sheet
 * activates it; the sheet active before is activated again. */
export function writeState(workbook: EtWorkbook, stored: StoredState, next: WorkbookState): void {
  const chunks = serializeState(next);
  let sheet: EtWorksheet;
  if (stored.exists) sheet = workbook.Worksheets.Item(STATE_SHEET);
  else {
    const active = workbook.ActiveSheet;
    const sheets = workbook.Worksheets;
    sheet = sheets.Add(null, sheets.Item(sheets.Count));
    sheet.Name = STATE_SHEET;
    sheet.Visible = XL.sheetVeryHidden;
    active.Activate();
  }
  const range = sheet.Range(`A1:A${chunks.length}`);
  // Text format first, so that WPS never reads a chunk as a number or a date.
  range.NumberFormat = '@';
  range.Value2 = chunks.map((chunk) => [chunk]);
  if (stored.rows > chunks.length) sheet.Range(`A${chunks.length + 1}:A${stored.rows}`).Value2 = '';
}

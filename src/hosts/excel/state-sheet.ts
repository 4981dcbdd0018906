// The WorkbookState in the very hidden sheet `_selfeval`: JSON in chunks down column A. Read in
// the caller's sync; written (the sheet created when missing) with the caller's changes.
// The read chains on a sheet that may not exist: a method called on a null object gives a null
// object, so one round trip serves the first run as well as the next ones (readWithState in
// read-workbook.ts recovers should an Excel fail such calls).

import {
  emptyState,
  isStateSheet,
  readState,
  sameState,
  serializeState,
  STATE_SHEET,
  type SheetVisibility,
  type WorkbookState,
} from '../../core';

export interface StoredState {
  state: WorkbookState;
  /** Whether the state sheet exists. */
  exists: boolean;
  /** Rows of column A holding chunks now (1-based last row, 0 for none). */
  rows: number;
  /** False when the sheet is missing and the workbook's structure is protected: it cannot be added. */
  writable: boolean;
}

export function queueStateRead(workbook: Excel.Workbook): () => StoredState {
  workbook.protection.load('protected');
  const sheet = workbook.worksheets.getItemOrNullObject(STATE_SHEET);
  sheet.load('visibility');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('values,rowIndex,columnIndex,rowCount');
  return () => {
    if (sheet.isNullObject) return missingState(!workbook.protection.protected);
    const inColumnA = !used.isNullObject && used.columnIndex === 0;
    const above = Array.from({ length: inColumnA ? used.rowIndex : 0 }, () => '');
    const chunks = inColumnA
      ? above.concat((used.values as unknown[][]).map((row) => String(row[0] ?? '')))
      : [];
    // A sheet of the user's under that name (SelfEval's is very hidden, or hidden by a program
    // that saved it, holding a state): neither read nor written.
    if (!isStateSheet(STATE_SHEET, visibilityOf(sheet.visibility), () => chunks)) return missingState(false);
    if (!inColumnA) return { state: emptyState(), exists: true, rows: 0, writable: true };
    // A state this version cannot read (a newer one's, or damaged) is never written over.
    const { state, unreadable } = readState(chunks);
    return { state, exists: true, rows: used.rowIndex + used.rowCount, writable: !unreadable };
  };
}

/** Office.js's sheet visibility in the core's words. */
function visibilityOf(v: Excel.SheetVisibility | `${Excel.SheetVisibility}`): SheetVisibility {
  return v === 'VeryHidden' ? 'veryHidden' : v === 'Hidden' ? 'hidden' : 'visible';
}

export function missingState(writable: boolean): StoredState {
  return { state: emptyState(), exists: false, rows: 0, writable };
}

/** Whether `next` must be written: it differs, and there is (or can be) a sheet for it. */
export function stateChanged(stored: StoredState, next: WorkbookState): boolean {
  return stored.writable && !sameState(stored.state, next);
}

/** Queues writing `next` over `stored`: chunks as text in A1:An, leftover rows emptied. */
export function queueStateWrite(workbook: Excel.Workbook, stored: StoredState, next: WorkbookState): void {
  const chunks = serializeState(next);
  let sheet: Excel.Worksheet;
  if (stored.exists) sheet = workbook.worksheets.getItem(STATE_SHEET);
  else {
    sheet = workbook.worksheets.add(STATE_SHEET);
    sheet.visibility = 'VeryHidden';
  }
  const range = sheet.getRange(`A1:A${chunks.length}`);
  // Text format first, so that Excel never reads a chunk as a number or a date.
  range.numberFormat = chunks.map(() => ['@']);
  range.values = chunks.map((chunk) => [chunk]);
  if (stored.rows > chunks.length) {
    sheet.getRange(`A${chunks.length + 1}:A${stored.rows}`).values = Array.from(
      { length: stored.rows - chunks.length },
      () => [''],
    );
  }
}

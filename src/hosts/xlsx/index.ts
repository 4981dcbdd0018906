// The xlsx host: the core over workbook files. Existing workbooks are read and written through
// the file layer (src/xlsx: every part but the planned cells kept byte for byte); ExcelJS builds
// new workbooks (template, 汇总表, from-targets) and serves tests that edit fixtures as a user
// would.

import type ExcelJS from 'exceljs';
import {
  check,
  recalculate,
  resolveSettings,
  STATE_SHEET,
  type Grid,
  type Recalculation,
  type SheetReport,
  type Settings,
} from '../../core';
import type { Messages } from '../../i18n';
import { patchWorkbook } from '../../xlsx';
import { applyChanges, readState, writeState } from './apply';
import { readGrid } from './read';

export { openWorkbook, saveWorkbook } from './workbook';
export {
  gridsOf,
  openWorkbookFile,
  saveBytes,
  UnreadableFileError,
  type FileProblem,
  type OpenedWorkbook,
} from './workbook-file';
import { gridsOf, type OpenedWorkbook } from './workbook-file';
export { applyChanges, readState, writeState } from './apply';
export { readGrid } from './read';

/** The sheets a person sees (our state sheet and hidden sheets excluded). */
export function formSheets(wb: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return wb.worksheets.filter((ws) => ws.name !== STATE_SHEET && ws.state === 'visible');
}

export function readGrids(wb: ExcelJS.Workbook): Grid[] {
  return formSheets(wb).map(readGrid);
}

/** The reports of `grids`, with the workbook's stored settings under the caller's `overrides`. */
function checkGrids(
  grids: Grid[],
  stored: Partial<Settings> | undefined,
  overrides?: Partial<Settings>,
  m?: Messages,
): SheetReport[] {
  const settings = resolveSettings(stored, overrides);
  return grids.map((g) => check(g, settings, m));
}

/** The state goes into the workbook when the recalculation changed anything or it keeps one. */
function writesState(result: Recalculation, hasStateSheet: boolean): boolean {
  return result.changes.length > 0 || hasStateSheet;
}

/** Every visible sheet's report (an ExcelJS workbook). */
export function checkWorkbook(
  wb: ExcelJS.Workbook,
  overrides?: Partial<Settings>,
  m?: Messages,
): SheetReport[] {
  return checkGrids(readGrids(wb), readState(wb).settings, overrides, m);
}

/** Every sheet's report, hidden sheets included (and said so), with the workbook's stored
 * settings under the caller's `overrides`. */
export function checkBook(
  opened: OpenedWorkbook,
  overrides?: Partial<Settings>,
  m?: Messages,
): SheetReport[] {
  return checkGrids(gridsOf(opened.book, { hidden: true }), opened.book.state.settings, overrides, m);
}

/**
 * Recalculates the visible sheets and returns the result with the bytes of the workbook as it will
 * be: the original package patched with the changes (and the state, when anything changed or the
 * workbook keeps one).
 */
export function recalculateBook(
  opened: OpenedWorkbook,
  overrides?: Partial<Settings>,
  m?: Messages,
): { result: Recalculation; bytes: Uint8Array } {
  const { book } = opened;
  const result = recalculate(gridsOf(book), book.state, overrides, m);
  const keepsState = book.sheets.some((s) => s.name === STATE_SHEET);
  const state = writesState(result, keepsState) ? result.state : undefined;
  return { result, bytes: patchWorkbook(opened.bytes, result.changes, state) };
}

/** Recalculates every sheet in place (in memory) and returns what changed. */
export function recalculateWorkbook(
  wb: ExcelJS.Workbook,
  overrides?: Partial<Settings>,
  m?: Messages,
): Recalculation {
  const result = recalculate(readGrids(wb), readState(wb), overrides, m);
  applyChanges(wb, result.changes);
  if (writesState(result, !!wb.getWorksheet(STATE_SHEET))) writeState(wb, result.state);
  return result;
}

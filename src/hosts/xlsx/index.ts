// The xlsx host: the core over workbook files. Existing workbooks are read and written through
// the file layer (src/xlsx: every part but the planned cells kept byte for byte); ExcelJS builds
// new workbooks (template, 汇总表, from-targets) and serves tests that edit fixtures as a user
// would.

import type ExcelJS from 'exceljs';
import {
  recalculate,
  namesStateSheet,
  type Grid,
  type Recalculation,
  type SheetReport,
  type Settings,
} from '../../core';
import type { Messages } from '../../i18n';
import { applyChanges, readState, writeState } from './apply';
import { checkGrids, writesState } from './book';
import { readGrid } from './read';

export { openWorkbook, saveWorkbook } from './workbook';
export { checkBook, gridsOf, recalculateBook, type OpenedBook } from './book';
export {
  openWorkbookFile,
  saveBytes,
  UnreadableFileError,
  type FileProblem,
  type OpenedWorkbook,
} from './workbook-file';
export { applyChanges, readState, writeState } from './apply';
export { readGrid } from './read';

/** The sheets a person sees (our state sheet and hidden sheets excluded). */
export function formSheets(wb: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return wb.worksheets.filter((ws) => !namesStateSheet(ws.name) && ws.state === 'visible');
}

export function readGrids(wb: ExcelJS.Workbook): Grid[] {
  return formSheets(wb).map(readGrid);
}

/** Every visible sheet's report (an ExcelJS workbook). */
export function checkWorkbook(
  wb: ExcelJS.Workbook,
  overrides?: Partial<Settings>,
  m?: Messages,
): SheetReport[] {
  return checkGrids(readGrids(wb), readState(wb), overrides, m);
}

/** Recalculates every sheet in place (in memory) and returns what changed. */
export function recalculateWorkbook(
  wb: ExcelJS.Workbook,
  overrides?: Partial<Settings>,
  m?: Messages,
): Recalculation {
  const stored = readState(wb);
  const result = recalculate(readGrids(wb), stored, overrides, m);
  applyChanges(wb, result.changes);
  if (writesState(result, stored)) writeState(wb, result.state);
  return result;
}

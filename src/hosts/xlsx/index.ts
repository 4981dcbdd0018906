// The xlsx host: the core over .xlsx files (CLI, tests, bench).

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
import { applyChanges, readState, writeState } from './apply';
import { readGrid } from './read';

export { openWorkbook, saveWorkbook, UnreadableFileError } from './workbook';
export { applyChanges, readState, writeState } from './apply';
export { readGrid } from './read';

/** The sheets a person sees (our state sheet and hidden sheets excluded). */
export function formSheets(wb: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return wb.worksheets.filter((ws) => ws.name !== STATE_SHEET && ws.state === 'visible');
}

export function readGrids(wb: ExcelJS.Workbook): Grid[] {
  return formSheets(wb).map(readGrid);
}

/** Every visible sheet's report, with the workbook's stored settings under the caller's `overrides`. */
export function checkWorkbook(
  wb: ExcelJS.Workbook,
  overrides?: Partial<Settings>,
  m?: Messages,
): SheetReport[] {
  const settings = resolveSettings(readState(wb).settings, overrides);
  return readGrids(wb).map((g) => check(g, settings, m));
}

/** Recalculates every sheet in place (in memory) and returns what changed. */
export function recalculateWorkbook(
  wb: ExcelJS.Workbook,
  overrides?: Partial<Settings>,
  m?: Messages,
): Recalculation {
  const result = recalculate(readGrids(wb), readState(wb), overrides, m);
  applyChanges(wb, result.changes);
  if (result.changes.length || wb.getWorksheet(STATE_SHEET)) writeState(wb, result.state);
  return result;
}

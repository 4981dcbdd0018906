// Every cell of a workbook as a comparable record (value, number format, fill), to prove that an
// operation changed exactly the cells it planned and that undo puts them all back.

import type ExcelJS from 'exceljs';
import { STATE_SHEET } from '../../../src/core';

export type Snapshot = Map<string, string>;

/** Wider than any form in the fixtures (they end at column I or J). */
const SCANNED_COLUMNS = 40;

/** Reads cells with findCell only, so that taking a snapshot creates no cell. */
export function snapshot(workbook: ExcelJS.Workbook): Snapshot {
  const cells: Snapshot = new Map();
  const empty = JSON.stringify({ value: null, format: null, fill: null });
  for (const sheet of workbook.worksheets) {
    if (sheet.name === STATE_SHEET) continue;
    const rows = (sheet.rowCount || 0) + 5;
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= SCANNED_COLUMNS; c++) {
        const cell = sheet.findCell(r, c);
        if (!cell) continue;
        const fill =
          cell.fill?.type === 'pattern' && cell.fill.pattern !== 'none' ? cell.fill.fgColor?.argb : null;
        // A merged cell other than the top-left shows the top-left's value in ExcelJS; it holds none.
        const value = cell.master === cell ? (cell.value ?? null) : null;
        const record = JSON.stringify({ value, format: cell.numFmt ?? null, fill: fill ?? null });
        if (record !== empty) cells.set(`${sheet.name}!${cell.address}`, record);
      }
    }
  }
  return cells;
}

/** Cells whose record differs between two snapshots, as 'Sheet!A1'. */
export function changedCells(before: Snapshot, after: Snapshot): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => before.get(key) !== after.get(key)).sort();
}

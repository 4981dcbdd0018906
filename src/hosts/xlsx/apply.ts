// Applies the core's ChangeSet to an ExcelJS workbook, and keeps the WorkbookState in its very
// hidden sheet. Layout changes (the template's) are handled by layout.ts.

import type ExcelJS from 'exceljs';
import { parseState, serializeState, STATE_SHEET, type Change, type WorkbookState } from '../../core';
import { applyLayoutChange, openOn, solidFill } from './layout';

/**
 * Sets part of one cell's style. ExcelJS shares a style object between the cells read with the
 * same style, so assigning `cell.fill` would repaint all of them: give the cell its own copy.
 */
export function setOwnStyle(cell: ExcelJS.Cell, part: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...part };
}

function setFill(cell: ExcelJS.Cell, color: string | null): void {
  setOwnStyle(cell, { fill: solidFill(color) });
}

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`sheet not found: ${name}`);
  return ws;
}

export function applyChange(wb: ExcelJS.Workbook, change: Change): void {
  if (applyLayoutChange(wb, change)) return;
  switch (change.kind) {
    case 'value': {
      const cell = sheetOf(wb, change.sheet).getCell(change.cell);
      if (change.format) setOwnStyle(cell, { numFmt: change.format });
      cell.value = change.formula
        ? { formula: change.formula.replace(/^=/, ''), result: change.value ?? undefined }
        : change.value;
      return;
    }
    case 'fill':
      setFill(sheetOf(wb, change.sheet).getCell(change.cell), change.color);
      return;
    case 'select': {
      const ws = sheetOf(wb, change.sheet);
      ws.views = [{ ...(ws.views?.[0] ?? {}), activeCell: change.cell }];
      openOn(wb, ws);
      return;
    }
    default:
      return;
  }
}

export function applyChanges(wb: ExcelJS.Workbook, changes: Change[]): void {
  for (const change of changes) applyChange(wb, change);
}

export function readState(wb: ExcelJS.Workbook): WorkbookState {
  const ws = wb.getWorksheet(STATE_SHEET);
  if (!ws) return parseState([]);
  const chunks: string[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, 1).value;
    if (typeof v === 'string') chunks.push(v);
  }
  return parseState(chunks);
}

export function writeState(wb: ExcelJS.Workbook, state: WorkbookState): void {
  const ws = wb.getWorksheet(STATE_SHEET) ?? wb.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
  ws.state = 'veryHidden';
  const chunks = serializeState(state);
  for (let r = 1; r <= Math.max(ws.rowCount, chunks.length); r++)
    ws.getCell(r, 1).value = chunks[r - 1] ?? null;
}

// ExcelJS worksheet → the core's Grid. ExcelJS repeats a merged area's value in every cell of it;
// the Grid wants it in the top-left cell only, as Excel's own API gives it.

import type ExcelJS from 'exceljs';
import { parseArea, type Area, type CellValue, type Grid } from '../../core';
import { render } from '../../core/values/number-format';

/** '#RRGGBB' of a solid fill, null for none. */
export function fillOf(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (!fill || fill.type !== 'pattern' || fill.pattern === 'none') return null;
  const argb = fill.fgColor?.argb;
  return argb ? `#${argb.slice(-6).toUpperCase()}` : null;
}

/** A cell's value as a plain value: formulas give their cached result, rich text its text. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined || result === null || typeof result === 'object'
      ? null
      : (result as CellValue);
  }
  if ('text' in value) return String((value as ExcelJS.CellHyperlinkValue).text);
  if ('error' in value) return String((value as ExcelJS.CellErrorValue).error);
  return null;
}

function formulaOf(cell: ExcelJS.Cell): string | null {
  const f = cell.formula;
  return f ? `=${f}` : null;
}

/**
 * ExcelJS keeps the cells that exist (a value or a style) in sparse arrays; `getCell` would create
 * every missing one. Reading those arrays visits only what the file holds, empty but filled
 * cells included (their fill is remembered before a highlight).
 */
function existingCells(row: ExcelJS.Row): (ExcelJS.Cell | undefined)[] {
  return (row as unknown as { _cells: (ExcelJS.Cell | undefined)[] })._cells;
}

function existingRows(ws: ExcelJS.Worksheet): (ExcelJS.Row | undefined)[] {
  return (ws as unknown as { _rows: (ExcelJS.Row | undefined)[] })._rows;
}

export function readGrid(ws: ExcelJS.Worksheet): Grid {
  const merges: Area[] = ((ws.model as { merges?: string[] }).merges ?? []).map(parseArea);
  const rows = existingRows(ws);
  const height = rows.length;
  // A loop over every index, not max(...rows): blank rows are holes, and a long sheet has more
  // rows than a call takes arguments.
  let width = 0;
  for (let i = 0; i < height; i++) {
    const r = rows[i];
    if (r) width = Math.max(width, existingCells(r).length);
  }
  const blank = <T>(v: T) => Array.from({ length: height }, () => Array<T>(width).fill(v));
  const values = blank<CellValue>(null);
  const text = blank('');
  const formats = blank('General');
  const fills = blank<string | null>(null);
  const formulas = blank<string | null>(null);
  rows.forEach((row, r) => {
    if (!row) return;
    existingCells(row).forEach((cell, c) => {
      if (!cell) return;
      const numFmt = cell.numFmt || 'General';
      formats[r][c] = numFmt;
      fills[r][c] = fillOf(cell);
      if (cell.isMerged && cell.master !== cell) return; // the value lives in the top-left cell
      const value = plainValue(cell.value);
      values[r][c] = value;
      text[r][c] = render(value, numFmt);
      formulas[r][c] = formulaOf(cell);
    });
  });
  return { sheet: ws.name, top: 0, left: 0, values, text, formats, fills, formulas, merges };
}

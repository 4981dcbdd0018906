// ExcelJS worksheet → the core's Grid. ExcelJS repeats a merged area's value in every cell of it;
// the Grid wants it in the top-left cell only, as Excel's own API gives it.

import type ExcelJS from 'exceljs';
import { parseArea, type Area, type CellValue, type Grid } from '../../core';

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

/** What Excel would show for a plain value under the cell's number format (the formats forms use). */
function shownText(value: CellValue, numFmt: string): string {
  if (value === null) return '';
  if (typeof value !== 'number') return String(value);
  const decimals = /0\.(0+)/.exec(numFmt)?.[1].length;
  const scaled = /%/.test(numFmt) ? value * 100 : value;
  const digits = decimals ?? (/^0(\.|%|$)/.test(numFmt) ? 0 : undefined);
  const body = digits === undefined ? String(Math.round(scaled * 1e10) / 1e10) : scaled.toFixed(digits);
  const grouped = /#,##0/.test(numFmt) ? body.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : body;
  return /%/.test(numFmt) ? `${grouped}%` : grouped;
}

export function readGrid(ws: ExcelJS.Worksheet): Grid {
  const merges: Area[] = ((ws.model as { merges?: string[] }).merges ?? []).map(parseArea);
  const rows = ws.rowCount;
  const cols = ws.columnCount;
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const formats: string[][] = [];
  const fills: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row = ws.getRow(r);
    const v: CellValue[] = [];
    const t: string[] = [];
    const f: string[] = [];
    const fl: (string | null)[] = [];
    const fm: (string | null)[] = [];
    for (let c = 1; c <= cols; c++) {
      const cell = row.getCell(c);
      const slave = cell.isMerged && cell.master !== cell;
      const value = slave ? null : plainValue(cell.value);
      const numFmt = cell.numFmt || 'General';
      v.push(value);
      t.push(slave ? '' : shownText(value, numFmt));
      f.push(numFmt);
      fl.push(fillOf(cell));
      fm.push(slave ? null : formulaOf(cell));
    }
    values.push(v);
    text.push(t);
    formats.push(f);
    fills.push(fl);
    formulas.push(fm);
  }
  return { sheet: ws.name, top: 0, left: 0, values, text, formats, fills, formulas, merges };
}

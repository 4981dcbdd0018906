// Reading one worksheet into the core's Grid: everything is queued here and arrives with the
// caller's next sync (one round trip for any number of sheets).

import type { Area, CellValue, Grid } from '../../core';
import { parseArea } from '../../core';
import { ExcelApi, supports } from './requirements';

export interface SheetRead {
  sheet: string;
  /** The sheet's cells; `grid.protected` when the sheet is protected. */
  grid: Grid;
}

type Matrix = unknown[][];

/** RangeAreas.address lists areas as `Sheet!A1:B2,'My sheet'!C3`; commas inside quotes are part of a name. */
export function parseAreasAddress(address: string): Area[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts
    .map((part) =>
      part
        .slice(part.lastIndexOf('!') + 1)
        .replace(/\$/g, '')
        .trim(),
    )
    .filter(Boolean)
    .map(parseArea);
}

function fillsOf(cells: Excel.CellProperties[][]): (string | null)[][] {
  return cells.map((row) =>
    row.map((cell) => {
      const fill = cell.format?.fill;
      return !fill || fill.pattern === 'None' || !fill.color ? null : fill.color.toUpperCase();
    }),
  );
}

/** Queues the read of `worksheet`; call the returned function after the sync. */
export function queueSheetRead(worksheet: Excel.Worksheet): () => SheetRead {
  worksheet.load('name');
  worksheet.protection.load('protected');
  // Values only: a sheet formatted down to row 1,048,576 must not come back whole.
  const used = worksheet.getUsedRange(true);
  used.load('rowIndex,columnIndex,values,text,numberFormat,formulas');
  const merged = supports(ExcelApi.mergedAreas) ? used.getMergedAreasOrNullObject() : null;
  merged?.load('address');
  const fills = supports(ExcelApi.cellProperties)
    ? used.getCellProperties({ format: { fill: { color: true, pattern: true } } })
    : null;

  return () => {
    const grid: Grid = {
      sheet: worksheet.name,
      top: used.rowIndex,
      left: used.columnIndex,
      values: (used.values as Matrix).map((row) =>
        row.map((v): CellValue => (v === '' ? null : (v as CellValue))),
      ),
      text: used.text,
      formats: used.numberFormat as string[][],
      formulas: (used.formulas as Matrix).map((row) =>
        row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null)),
      ),
      merges: merged && !merged.isNullObject ? parseAreasAddress(merged.address) : [],
      // Before ExcelApi 1.13 merged areas cannot be read: the core must not take "no merges" as known.
      mergesUnknown: merged === null,
    };
    if (fills) grid.fills = fillsOf(fills.value);
    if (worksheet.protection.protected) grid.protected = true;
    return { sheet: worksheet.name, grid };
  };
}

// Reading one worksheet into the core's Grid in blocks: the used range's Value2 and Formula in
// one call each (a large used range first cut to where its values end), number formats and fills by readInBlocks (whole areas, split only where cells
// differ), merged areas by mergedAreasIn, and the shown text only of cells whose text is not their
// value (numbers, booleans, text under a format of its own): one Range(…).Text each.

import { address, areaAddress, parseArea, type Area, type CellValue, type Grid } from '../../core';
import { mergedAreasIn, readInBlocks } from './blocks';
import { hexOfBgr, XL, type EtRange, type EtValue, type EtWorksheet } from './et';

export interface SheetRead {
  sheet: string;
  /** The sheet's cells; `grid.protected` when the sheet is protected. */
  grid: Grid;
}

const WHITE_BGR = 0xffffff;

/** A one-cell range's Value2 is the value itself; several cells give rows of values. */
export function rowsOf<T>(value: T | T[][]): T[][] {
  return Array.isArray(value) ? value : [[value]];
}

function cellValue(v: EtValue): CellValue {
  return v === undefined || v === null || v === '' ? null : v;
}

/** Text shows as itself under General or the text format '@'. */
function showsItself(value: CellValue, format: string): boolean {
  return typeof value === 'string' && (format === 'General' || format === '@');
}

/** A used range this large is asked where its values end before it is read. */
const LARGE = 20000;

/**
 * The used range cut to its last row and column that hold a value. WPS's used range reaches every
 * formatted cell: a sheet formatted down to row 1,048,576 must not come back whole.
 */
function valuesOf(sheet: EtWorksheet, used: EtRange): { range: EtRange; area: Area } {
  const area = parseArea(used.Address);
  if ((area.bottom - area.top + 1) * (area.right - area.left + 1) <= LARGE) return { range: used, area };
  const byRows = used.Find('*', undefined, XL.values, XL.part, XL.byRows, XL.previous);
  const byColumns = used.Find('*', undefined, XL.values, XL.part, XL.byColumns, XL.previous);
  const cut = {
    ...area,
    bottom: byRows ? byRows.Row - 1 : area.top,
    right: byColumns ? byColumns.Column - 1 : area.left,
  };
  return { range: sheet.Range(areaAddress(cut)), area: cut };
}

/** Reads `sheet` (its name given when the caller already has it). */
export function readSheet(sheet: EtWorksheet, name: string = sheet.Name): SheetRead {
  const { range: used, area } = valuesOf(sheet, sheet.UsedRange);
  const values = rowsOf(used.Value2).map((row) => row.map(cellValue));
  const formulas = rowsOf(used.Formula).map((row) =>
    row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null)),
  );
  const formats = readInBlocks(sheet, area, 'columns', (r) => r.NumberFormat, 'General');
  // ET reports an unfilled cell as white, as Excel does; a white fill looks the same: both none.
  const colors = readInBlocks(sheet, area, 'rows', (r) => r.Interior.Color, WHITE_BGR);
  const text = values.map((row, i) =>
    row.map((value, j) => {
      if (value === null) return '';
      if (showsItself(value, formats[i][j])) return value as string;
      return sheet.Range(address(area.top + i, area.left + j)).Text ?? String(value);
    }),
  );
  const grid: Grid = {
    sheet: name,
    top: area.top,
    left: area.left,
    values,
    text,
    formats,
    formulas,
    fills: colors.map((row) => row.map((bgr) => (bgr === WHITE_BGR ? null : hexOfBgr(bgr)))),
    merges: mergedAreasIn(sheet, area, (r, c) => values[r - area.top][c - area.left] === null),
  };
  if (sheet.ProtectContents) grid.protected = true;
  return { sheet: name, grid };
}

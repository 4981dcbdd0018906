// The cells a recalculation plans to write (values and fills), as 'Sheet!A1': what the core asks
// for, computed on the workbook as it is before, through the xlsx host's reading of it.

import type ExcelJS from 'exceljs';
import { emptyState, recalculate, type Settings } from '../../../src/core';
import { readGrid } from '../../../src/hosts/xlsx';

export function plannedCells(
  workbook: ExcelJS.Workbook,
  sheets: string[],
  options: { settings?: Partial<Settings>; mergesKnown?: boolean } = {},
): Set<string> {
  const grids = sheets.map((name) => {
    const grid = readGrid(workbook.getWorksheet(name)!);
    // Below ExcelApi 1.13 the host cannot read merged areas, and the core plans without them.
    return options.mergesKnown === false ? { ...grid, merges: [], mergesUnknown: true } : grid;
  });
  const { changes } = recalculate(grids, emptyState(), options.settings);
  return new Set(
    changes.flatMap((c) => (c.kind === 'value' || c.kind === 'fill' ? [`${c.sheet}!${c.cell}`] : [])),
  );
}

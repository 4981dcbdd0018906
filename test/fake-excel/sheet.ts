// Facts about an ExcelJS worksheet that several fake objects need: protection, used area, merges.

import type { Cell, Worksheet } from 'exceljs';
import type { Area } from '../../src/core/model/grid';

export function isProtected(sheet: Worksheet): boolean {
  return Boolean((sheet as Worksheet & { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
}

/** The smallest area holding every cell with a value (merged cells count), null for an empty sheet. */
export function usedArea(sheet: Worksheet): Area | null {
  let area: Area | null = null;
  sheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, colNumber) => {
      const r = rowNumber - 1;
      const c = colNumber - 1;
      area = area
        ? {
            top: Math.min(area.top, r),
            left: Math.min(area.left, c),
            bottom: Math.max(area.bottom, r),
            right: Math.max(area.right, c),
          }
        : { top: r, left: c, bottom: r, right: c };
    });
  });
  return area;
}

/** The whole merged area that starts at `master`, found by walking its merged neighbours. */
function mergedAreaOf(sheet: Worksheet, master: Cell): Area {
  const top = Number(master.row) - 1;
  const left = Number(master.col) - 1;
  const belongs = (r: number, c: number) => sheet.findCell(r + 1, c + 1)?.master === master;
  let right = left;
  while (belongs(top, right + 1)) right++;
  let bottom = top;
  while (belongs(bottom + 1, left)) bottom++;
  return { top, left, bottom, right };
}

/** Every merged area that touches `area`, top-left first. */
export function mergedAreas(target: { sheet: Worksheet; area: Area }): Area[] {
  const { sheet, area } = target;
  const masters = new Set<Cell>();
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      const cell = sheet.findCell(r + 1, c + 1);
      if (cell?.isMerged) masters.add(cell.master);
    }
  }
  return [...masters].map((master) => mergedAreaOf(sheet, master));
}

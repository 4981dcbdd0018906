// The file layer reads the real fixture workbooks exactly as the ExcelJS host does (so the CLI can
// switch to it without a report changing), and a recalculation patched into them reads back as
// the recalculation reported it.

import { readFileSync } from 'fs';
import { check, recalculate, STATE_SHEET, type Grid } from '../../src/core';
import { readGrid } from '../../src/hosts/xlsx/read';
import { patchWorkbook, readWorkbook } from '../../src/xlsx';
import { fixture, loadWorkbook } from '../helpers/fixtures';

/** Every cell of a grid by address (blank cells left out), for comparing grids of any origin. */
function cells(grid: Grid): Map<string, string> {
  const out = new Map<string, string>();
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const text = grid.text[r][c];
      const format = grid.formats[r]?.[c] ?? 'General';
      const fill = grid.fills?.[r]?.[c] ?? null;
      const formula = grid.formulas?.[r]?.[c] ?? null;
      if (value === null && !text && format === 'General' && !fill && !formula) return;
      out.set(`${r + grid.top},${c + grid.left}`, JSON.stringify([value, text, format, fill, formula]));
    }),
  );
  return out;
}

it.each(['2022-district-blank', '2022-district', '2023-city-centre', '2024-target-declarations'])(
  '%s reads as the ExcelJS host reads it',
  async (name) => {
    const ours = readWorkbook(new Uint8Array(readFileSync(fixture(name))));
    const theirs = await loadWorkbook(fixture(name));
    expect(ours.sheets.map((s) => s.name)).toEqual(theirs.worksheets.map((w) => w.name));
    for (const sheet of ours.sheets) {
      const grid = readGrid(theirs.getWorksheet(sheet.name)!);
      expect(cells(sheet.grid)).toEqual(cells(grid));
      expect(sheet.grid.merges.slice().sort()).toEqual(grid.merges.slice().sort());
      expect(check(sheet.grid)).toEqual(check(grid));
    }
  },
);

it('recalculating the 14 district forms and patching the workbook reads back as reported', () => {
  const bytes = new Uint8Array(readFileSync(fixture('2022-district-blank')));
  const wb = readWorkbook(bytes);
  const grids = wb.sheets.filter((s) => s.name !== STATE_SHEET).map((s) => s.grid);
  const result = recalculate(grids, wb.state);
  const back = readWorkbook(patchWorkbook(bytes, result.changes, result.state));
  const backGrids = back.sheets.filter((s) => s.name !== STATE_SHEET).map((s) => s.grid);
  expect(backGrids.length).toBe(14);
  backGrids.forEach((g, i) => expect(check(g).forms).toEqual(result.reports[i].forms));
  expect(back.state).toEqual(result.state);
});

// Recalculate on the whole workbook: the 2023 city-level centre's 15 forms, one per sheet.

import { recalculateWorkbook, undoLastRecalculation } from '../../../src/hosts/excel/operations';
import { fakeExcelWith } from './fixture';
import { plannedCells } from './planned-cells';
import { changedCells, snapshot } from './workbook-snapshot';

describe('Recalculate on the whole 2023 city-level workbook', () => {
  it('fills the 总分 of all 15 forms in three round trips', async () => {
    const { fake, workbook } = await fakeExcelWith('2023-city-centre-blank.xlsx');
    const result = await recalculateWorkbook();
    expect(fake.syncs).toBe(3);
    expect(result.syncs).toBe(3);
    expect(result.reports).toHaveLength(15);
    const totals = result.reports.map((report) => {
      const form = report.forms[0];
      return Number(workbook.getWorksheet(report.sheet)!.getCell(form.total.cell!).value);
    });
    // The reports describe the sheets as written: each total cell holds the total they give.
    expect(totals).toEqual(result.reports.map((report) => Number(report.forms[0].total.score)));
    expect(totals.every((total) => total > 60 && total <= 100)).toBe(true);
  });

  it('changes only the cells it planned, and Undo puts every one back', async () => {
    const { workbook } = await fakeExcelWith('2023-city-centre-blank.xlsx');
    const before = snapshot(workbook);
    const planned = plannedCells(
      workbook,
      workbook.worksheets.map((s) => s.name),
    );
    await recalculateWorkbook();
    const changed = changedCells(before, snapshot(workbook));
    expect(changed.length).toBeGreaterThan(15);
    expect(changed.filter((cell) => !planned.has(cell))).toEqual([]);
    const { restored } = await undoLastRecalculation();
    expect(restored).toBeGreaterThanOrEqual(changed.length);
    expect(changedCells(before, snapshot(workbook))).toEqual([]);
  });

  it('writes nothing on the sheets of a workbook whose sheets are all protected', async () => {
    const { fake, workbook } = await fakeExcelWith('2023-city-centre-blank.xlsx');
    for (const sheet of workbook.worksheets) await sheet.protect('', {});
    const before = snapshot(workbook);
    const result = await recalculateWorkbook();
    expect(fake.syncs).toBe(2);
    expect(result.reports.every((report) => report.issues[0].code === 'PROTECTED_SHEET')).toBe(true);
    expect(changedCells(before, snapshot(workbook))).toEqual([]);
  });

  it('leaves hidden sheets unwritten, and reports their forms as they are', async () => {
    const { workbook } = await fakeExcelWith('2023-city-centre-blank.xlsx');
    const hidden = workbook.worksheets[3];
    hidden.state = 'hidden';
    const before = snapshot(workbook);
    const result = await recalculateWorkbook();
    // Never "0 errors" over a blank form the user cannot see.
    const report = result.reports.find((r) => r.sheet === hidden.name)!;
    expect(report.issues[0]).toMatchObject({ code: 'HIDDEN_SHEET', severity: 'info' });
    expect(report.issues.some((i) => i.code === 'NOT_CALCULATED')).toBe(true);
    expect(
      changedCells(before, snapshot(workbook)).filter((cell) => cell.startsWith(`${hidden.name}!`)),
    ).toEqual([]);
  });
});

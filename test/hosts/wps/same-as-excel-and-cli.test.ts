// The same workbook gives the same results in WPS as in Excel and on the command line: every
// fixture checked to the same reports, and recalculated (through the fake ET, the fake Excel and
// the built CLI) to the same cells: values, number formats and fills, sheet by sheet.

import path from 'path';
import { STATE_SHEET } from '../../../src/core';
import {
  recalculateWorkbook as excelRecalculate,
  saveSettings as excelSave,
} from '../../../src/hosts/excel/operations';
import { checkWorkbook, openWorkbook } from '../../../src/hosts/xlsx';
import { openFixture } from '../../fake-excel/node';
import { selfeval } from '../../helpers/cli';
import { fixture, SELF_EVALUATIONS, tempDir } from '../../helpers/fixtures';
import { fakeExcelWith } from '../excel/fixture';
import { changedCells, snapshot } from '../excel/workbook-snapshot';
import { WORKBOOKS, wpsWith } from './fixture';

describe.each(WORKBOOKS)('%s', (name) => {
  it('checks to the same reports in WPS, in Excel and on the command line', async () => {
    const { ops, et } = await wpsWith(name);
    const inWps = await ops.validateWorkbook();
    et.uninstall();
    const { fake } = await fakeExcelWith(name);
    const { validateWorkbook } = await import('../../../src/hosts/excel/operations');
    const inExcel = await validateWorkbook();
    fake.uninstall();
    expect(inWps.reports).toEqual(inExcel.reports);
    expect(inWps.reports).toEqual(checkWorkbook(await openFixture(name)));
  });
});

describe.each(
  SELF_EVALUATIONS.flatMap((set) =>
    [`${set.name}-blank`, set.name].map((name) => ({ name, rounding: set.rounding })),
  ),
)('recalculating $name', ({ name, rounding }) => {
  it('changes the same cells to the same values, formats and fills in WPS, in Excel and on the command line', async () => {
    const wps = await wpsWith(`${name}.xlsx`);
    const before = snapshot(wps.workbook);
    await wps.ops.saveSettings({ rounding });
    const inWps = await wps.ops.recalculateWorkbook();
    wps.et.uninstall();

    const excel = await fakeExcelWith(`${name}.xlsx`);
    await excelSave({ rounding });
    const inExcel = await excelRecalculate();
    excel.fake.uninstall();

    const out = path.join(await tempDir(), `${name}.xlsx`);
    const run = selfeval('recalc', fixture(name), '-o', out, '--rounding', rounding);
    expect(run.code).toBe(0);
    const cli = await openWorkbook(out);

    expect(inWps.reports).toEqual(inExcel.reports);
    const afterWps = snapshot(wps.workbook);
    expect(changedCells(afterWps, snapshot(excel.workbook))).toEqual([]);
    expect(changedCells(afterWps, snapshot(cli))).toEqual([]);
    if (name.endsWith('-blank')) expect(changedCells(before, afterWps).length).toBeGreaterThan(0);
    // The state (settings, highlight ledger, undo record) is the one Excel keeps.
    const state = (wb: typeof cli) => JSON.parse(String(wb.getWorksheet(STATE_SHEET)!.getCell('A1').value));
    expect(state(wps.workbook)).toEqual(state(excel.workbook));
    expect(wps.workbook.getWorksheet(STATE_SHEET)!.state).toBe('veryHidden');
  });
});

it('checks a form on a very hidden sheet, as Excel and the command line do, and says the sheet is hidden', async () => {
  const wps = await wpsWith('2022-district-blank.xlsx');
  const hidden = wps.workbook.worksheets[2];
  hidden.state = 'veryHidden';
  const inWps = await wps.ops.validateWorkbook();
  wps.et.uninstall();
  expect(inWps.reports).toHaveLength(14);
  const report = inWps.reports.find((r) => r.sheet === hidden.name)!;
  expect(report.forms).toHaveLength(1);
  expect(report.issues[0]).toMatchObject({ code: 'HIDDEN_SHEET', severity: 'info' });
});

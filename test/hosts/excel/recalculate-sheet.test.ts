// Recalculate on the active sheet, through the fake Excel over real published workbooks.

import { STATE_SHEET } from '../../../src/core';
import { recalculateSheet, undoLastRecalculation } from '../../../src/hosts/excel/operations';
import { fakeExcelWith } from './fixture';
import { plannedCells } from './planned-cells';
import { changedCells, snapshot } from './workbook-snapshot';
import district from '../../fixtures/2022-district.json';

describe('Recalculate on one sheet (2022 district workbook)', () => {
  const sheet = '65岁以上老人定期体检';

  it('takes exactly two round trips and fills 得分, 总分 and 评分等级 in the workbook', async () => {
    const { fake, workbook } = await fakeExcelWith('2022-district-blank.xlsx');
    const result = await recalculateSheet();
    expect(fake.syncs).toBe(2);
    expect(result.syncs).toBe(2);
    const [report] = result.reports;
    expect(report.sheet).toBe(sheet);
    const form = report.forms[0];
    const ws = workbook.getWorksheet(sheet)!;
    expect(Number(ws.getCell(form.total.cell!).value)).toBeCloseTo(Number(district[0].total.score), 2);
    expect(ws.getCell(form.grade.cell!).value).toBe(district[0].grade);
    expect(Number(ws.getCell(form.budget.cell!).value)).toBeCloseTo(Number(district[0].budget[0].score), 2);
    form.indicators.forEach((indicator, i) => {
      expect(Number(ws.getCell(indicator.scoreCell).value)).toBeCloseTo(
        Number(district[0].indicators[i].score),
        2,
      );
    });
  });

  it('changes no cell outside the ones it planned', async () => {
    const { workbook } = await fakeExcelWith('2022-district-blank.xlsx');
    const before = snapshot(workbook);
    const planned = plannedCells(workbook, [sheet]);
    await recalculateSheet();
    const changed = changedCells(before, snapshot(workbook));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((cell) => !planned.has(cell))).toEqual([]);
  });

  it('keeps its state in a very hidden _selfeval sheet', async () => {
    const { workbook } = await fakeExcelWith('2022-district-blank.xlsx');
    await recalculateSheet();
    const state = workbook.getWorksheet(STATE_SHEET)!;
    expect(state.state).toBe('veryHidden');
    expect(JSON.parse(String(state.getCell('A1').value)).version).toBe(1);
  });

  // A state written by a newer SelfEval (or damaged) was read as none and written over.
  it('never writes over a state it cannot read', async () => {
    const { workbook } = await fakeExcelWith('2022-district-blank.xlsx');
    const newer = '{"version":9,"highlights":[],"more":"a newer SelfEval keeps"}';
    workbook.addWorksheet(STATE_SHEET, { state: 'veryHidden' }).getCell('A1').value = newer;
    await recalculateSheet();
    expect(workbook.getWorksheet(STATE_SHEET)!.getCell('A1').value).toBe(newer);
  });

  it('is undone exactly by Undo last recalculation, in two round trips', async () => {
    const { fake, workbook } = await fakeExcelWith('2022-district-blank.xlsx');
    const before = snapshot(workbook);
    await recalculateSheet();
    fake.resetSyncs();
    const { restored } = await undoLastRecalculation();
    expect(fake.syncs).toBe(2);
    expect(restored).toBeGreaterThan(0);
    expect(changedCells(before, snapshot(workbook))).toEqual([]);
  });

  it('does not write a protected sheet and says so with PROTECTED_SHEET', async () => {
    const { fake, workbook } = await fakeExcelWith('2022-district-blank.xlsx');
    await workbook.getWorksheet(sheet)!.protect('', {});
    const before = snapshot(workbook);
    const result = await recalculateSheet();
    expect(fake.syncs).toBe(1);
    expect(result.reports[0].issues[0]).toMatchObject({ code: 'PROTECTED_SHEET', severity: 'error', sheet });
    expect(result.reports[0].issues[0].message).toContain(sheet);
    expect(changedCells(before, snapshot(workbook))).toEqual([]);
    expect(workbook.getWorksheet(STATE_SHEET)).toBeUndefined();
  });

  it('still fills the cells when the workbook structure is protected, with nowhere to keep undo', async () => {
    const { fake, workbook } = await fakeExcelWith('2022-district-blank.xlsx', { structureProtected: true });
    const result = await recalculateSheet();
    expect(fake.syncs).toBe(2);
    const form = result.reports[0].forms[0];
    expect(workbook.getWorksheet(sheet)!.getCell(form.grade.cell!).value).toBe(district[0].grade);
    expect(workbook.getWorksheet(STATE_SHEET)).toBeUndefined();
    expect(await undoLastRecalculation()).toEqual({ restored: 0 });
  });

  it('leaves a visible sheet of the user’s named _selfeval as it is, in the same two round trips', async () => {
    const { fake, workbook } = await fakeExcelWith('2022-district-blank.xlsx');
    workbook.addWorksheet(STATE_SHEET).getCell('A1').value = 'my own notes';
    const result = await recalculateSheet();
    expect(fake.syncs).toBe(2);
    const form = result.reports[0].forms[0];
    expect(workbook.getWorksheet(sheet)!.getCell(form.grade.cell!).value).toBe(district[0].grade);
    const theirs = workbook.getWorksheet(STATE_SHEET)!;
    expect([theirs.state, theirs.getCell('A1').value, theirs.rowCount]).toEqual([
      'visible',
      'my own notes',
      1,
    ]);
  });

  it('works on Office 2019 (ExcelApi 1.7) without calling anything newer', async () => {
    // The fake throws ApiNotFound for any API above the cap, as Office.js does.
    const { fake, workbook } = await fakeExcelWith('2022-district-blank.xlsx', { excelApi: '1.7' });
    const before = snapshot(workbook);
    const planned = plannedCells(workbook, [sheet], { mergesKnown: false });
    const result = await recalculateSheet();
    expect(fake.syncs).toBe(2);
    const form = result.reports[0].forms[0];
    expect(Number(workbook.getWorksheet(sheet)!.getCell(form.total.cell!).value)).toBeCloseTo(100, 2);
    expect(changedCells(before, snapshot(workbook)).filter((cell) => !planned.has(cell))).toEqual([]);
  });

  it('shows 评分等级 on Office 2019, where merged areas cannot be read (the grade goes to C16, not into the label A16:B16)', async () => {
    const { workbook } = await fakeExcelWith('2022-district-blank.xlsx', { excelApi: '1.7' });
    const result = await recalculateSheet();
    const form = result.reports[0].forms[0];
    expect(form.grade.cell).toBe('C16');
    expect(workbook.getWorksheet(sheet)!.getCell('C16').value).toBe(district[0].grade);
    expect(form.projectName).toBe(district[0].projectName);
    expect(result.reports[0].issues.filter((i) => i.code === 'MISSING_FIELD')).toEqual([]);
  });
});

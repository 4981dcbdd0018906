// 从目标申报表生成 and 生成汇总表 from the task pane, through the fake Excel over real workbooks.

import { check } from '../../../src/core';
import { formsFromTargets, insertSummary } from '../../../src/hosts/excel/operations';
import { readGrid } from '../../../src/hosts/xlsx';
import { fakeExcelWith } from './fixture';
import declarations from '../../fixtures/2024-target-declarations.json';
import district from '../../fixtures/2022-district.json';

describe('从目标申报表生成 in Excel', () => {
  it('adds one filled 自评表 per declaration in three round trips, each a form the add-in recognises', async () => {
    const { fake, workbook } = await fakeExcelWith('2024-target-declarations.xlsx');
    const before = workbook.worksheets.length;
    const { sheets, issues } = await formsFromTargets();
    expect(fake.syncs).toBeLessThanOrEqual(3);
    expect(sheets).toHaveLength(declarations.length);
    expect(workbook.worksheets.length).toBe(before + declarations.length);
    for (const [i, sheet] of sheets.entries()) {
      const report = check(readGrid(workbook.getWorksheet(sheet)!));
      expect(report.forms).toHaveLength(1);
      expect(report.forms[0].projectName).toBe(declarations[i].projectName);
      expect(report.forms[0].indicators.map((r) => r.target)).toEqual(
        declarations[i].indicators.map((r) => r.target),
      );
    }
    expect(issues.length).toBeGreaterThan(0);
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(['PROPOSED_WEIGHT']));
  });

  it('makes the forms of declarations on hidden sheets too, and says per form what to look at', async () => {
    const { workbook } = await fakeExcelWith('2024-target-declarations.xlsx');
    const hidden = workbook.worksheets[0];
    hidden.state = 'hidden';
    const { sheets, notes } = await formsFromTargets();
    // Every declaration, the hidden one's included, as the command line makes them.
    expect(sheets).toHaveLength(declarations.length);
    // Each form's weights are proposals: a line per form says so, and one names the hidden sheet.
    for (const sheet of sheets)
      expect(notes.some((n) => n.includes(sheet) && n.includes('分值为建议值'))).toBe(true);
    expect(notes.filter((n) => n.includes(`隐藏的工作表“${hidden.name}”`))).toHaveLength(1);
  });
});

describe('生成汇总表 in Excel', () => {
  it('adds a summary sheet with a row for each of the 14 forms, in three round trips', async () => {
    const { fake, workbook } = await fakeExcelWith('2022-district.xlsx');
    const { sheet } = await insertSummary();
    expect(fake.syncs).toBeLessThanOrEqual(3);
    const ws = workbook.getWorksheet(sheet)!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text ?? ''))));
    for (const form of district) expect(texts).toContain(form.projectName);
  });
});

// Insert template: a new sheet 自评表 (2), … laid out by the core, print-ready where supported.

import { insertTemplate, recalculateSheet } from '../../../src/hosts/excel/operations';
import { fakeExcelWith } from './fixture';
import { changedCells, snapshot } from './workbook-snapshot';

describe('Insert template', () => {
  it('adds 自评表, then 自评表 (2), each in two round trips, and selects it', async () => {
    const { fake, workbook } = await fakeExcelWith('2022-district-blank.xlsx');
    const before = snapshot(workbook);
    expect(await insertTemplate()).toEqual({ sheet: '自评表' });
    expect(fake.syncs).toBe(2);
    expect(await insertTemplate({ levelSet: '2023' })).toEqual({ sheet: '自评表 (2)' });
    expect(fake.activeSheet).toBe('自评表 (2)');
    expect(fake.selection?.sheet).toBe('自评表 (2)');
    const sheet = workbook.getWorksheet('自评表')!;
    expect(sheet.getCell('A1').value).toContain('绩效自评表');
    expect(sheet.getColumn('A').width).toBeGreaterThan(0);
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.getCell('C5').border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' } });
    expect(sheet.getCell('A1').isMerged).toBe(true);
    expect(changedCells(before, snapshot(workbook)).every((cell) => cell.startsWith('自评表'))).toBe(true);
  });

  it('adds dropdowns for 一级/二级指标 where data validation is supported (ExcelApi 1.8)', async () => {
    const { workbook } = await fakeExcelWith('2022-district-blank.xlsx');
    await insertTemplate();
    const sheet = workbook.getWorksheet('自评表')!;
    const validated = (sheet as unknown as { dataValidations: { model: Record<string, unknown> } })
      .dataValidations.model;
    expect(Object.values(validated).filter(Boolean).length).toBeGreaterThan(0);
  });

  it('still inserts the form on Office 2019 (ExcelApi 1.7), without dropdowns or page setup', async () => {
    const { workbook } = await fakeExcelWith('2022-district-blank.xlsx', { excelApi: '1.7' });
    await insertTemplate();
    const sheet = workbook.getWorksheet('自评表')!;
    expect(sheet.getCell('A1').value).toContain('绩效自评表');
    const validated = (sheet as unknown as { dataValidations: { model: Record<string, unknown> } })
      .dataValidations.model;
    expect(Object.values(validated).filter(Boolean)).toEqual([]);
  });

  it('gives a form that Recalculate recognises with no further setup', async () => {
    await fakeExcelWith('2022-district-blank.xlsx');
    await insertTemplate();
    const result = await recalculateSheet();
    expect(result.reports[0].sheet).toBe('自评表');
    expect(result.reports[0].forms).toHaveLength(1);
  });
});

describe('typing into an inserted template', () => {
  it('keeps a target typed as =100(%) as text, and Recalculate scores it', async () => {
    const { installFakeOffice } = await import('../../fake-excel');
    const { openFixture } = await import('../../fake-excel/node');
    const { insertTemplate, recalculateSheet } = await import('../../../src/hosts/excel/operations');
    const workbook = await openFixture('2022-district.xlsx');
    const fake = installFakeOffice(workbook);
    try {
      const { sheet } = await insertTemplate();
      // As Excel does with a text-formatted cell, the typed text is kept as written.
      const ws = workbook.getWorksheet(sheet)!;
      expect(ws.getCell('D19').numFmt).toBe('@');
      await Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange('C19:F19');
        range.values = [['体检完成率', "'=100(%)", "'100%", 30]];
        await context.sync();
      });
      expect(ws.getCell('D19').value).toBe('=100(%)');
      const result = await recalculateSheet();
      const row = result.reports[0].forms[0].indicators.find((i) => i.name === '体检完成率')!;
      expect(row.target).toBe('=100(%)');
      expect(row.score).toBe('30');
    } finally {
      fake.uninstall();
    }
  });
});

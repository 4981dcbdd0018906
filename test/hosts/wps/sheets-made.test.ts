// Insert template, 从目标申报表生成 and 生成汇总表 through the fake ET: the sheets they add hold
// the same cells as in Excel (values, formats, fills, fonts, alignment, borders, merges), the
// template's column widths are the core's (ET takes characters, Excel points), and each result is
// a form the add-in recognises.

import type ExcelJS from 'exceljs';
import { check, template } from '../../../src/core';
import * as excel from '../../../src/hosts/excel/operations';
import { readGrid } from '../../../src/hosts/xlsx';
import { fakeExcelWith } from '../excel/fixture';
import { wpsWith } from './fixture';
import declarations from '../../fixtures/2024-target-declarations.json';

/** Every written cell of a sheet with what a person sees of it, and the sheet's merged areas. */
function sheetRecord(ws: ExcelJS.Worksheet): { cells: Record<string, string>; merges: string[] } {
  const cells: Record<string, string> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const fill =
        cell.fill?.type === 'pattern' && cell.fill.pattern !== 'none' ? cell.fill.fgColor?.argb : null;
      cells[cell.address] = JSON.stringify([
        cell.master === cell ? cell.value : null,
        cell.numFmt ?? null,
        fill ?? null,
        Boolean(cell.font?.bold),
        cell.font?.size ?? null,
        cell.alignment?.horizontal ?? null,
        cell.alignment?.vertical ?? null,
        Boolean(cell.alignment?.wrapText),
        cell.border?.top?.style ?? null,
        cell.border?.left?.style ?? null,
      ]);
    }),
  );
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  return { cells, merges: [...merges].sort() };
}

async function inExcel<T>(
  fixture: string,
  run: () => Promise<T>,
): Promise<{ result: T; workbook: ExcelJS.Workbook }> {
  const { fake, workbook } = await fakeExcelWith(fixture);
  const result = await run();
  fake.uninstall();
  return { result, workbook };
}

describe('Insert template in WPS', () => {
  it('adds 自评表, then 自评表 (2), selected, with the cells, merges and print setup Excel gives it', async () => {
    const { ops, workbook, et } = await wpsWith('2022-district-blank.xlsx');
    expect(await ops.insertTemplate()).toEqual({ sheet: '自评表' });
    expect(await ops.insertTemplate({ levelSet: '2023' })).toEqual({ sheet: '自评表 (2)' });
    expect(et.activeSheet).toBe('自评表 (2)');
    expect(et.selection?.sheet).toBe('自评表 (2)');
    et.uninstall();

    const excelRun = await inExcel('2022-district-blank.xlsx', async () => {
      await excel.insertTemplate();
      return excel.insertTemplate({ levelSet: '2023' });
    });
    for (const name of ['自评表', '自评表 (2)']) {
      const sheet = workbook.getWorksheet(name)!;
      expect(sheetRecord(sheet)).toEqual(sheetRecord(excelRun.workbook.getWorksheet(name)!));
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait' });
      const validations = (sheet as unknown as { dataValidations: { model: Record<string, unknown> } })
        .dataValidations.model;
      expect(Object.values(validations).filter(Boolean).length).toBeGreaterThan(0);
    }
    const widths = template('自评表').flatMap((c) => (c.kind === 'columnWidth' ? [c] : []));
    expect(widths.length).toBeGreaterThan(0);
    for (const w of widths) expect(workbook.getWorksheet('自评表')!.getColumn(w.column).width).toBe(w.width);
  });

  it('gives a form that Recalculate recognises with no further setup', async () => {
    const { ops } = await wpsWith('2022-district-blank.xlsx');
    await ops.insertTemplate();
    const result = await ops.recalculateSheet();
    expect(result.reports[0].sheet).toBe('自评表');
    expect(result.reports[0].forms).toHaveLength(1);
  });

  it('cannot add a sheet to a workbook whose structure is protected, and says so', async () => {
    const { ops } = await wpsWith('2022-district-blank.xlsx', { structureProtected: true });
    await expect(ops.insertTemplate()).rejects.toThrow(
      '工作簿结构受保护，无法添加工作表：请先撤销工作簿保护',
    );
  });
});

describe('从目标申报表生成 and 生成汇总表 in WPS', () => {
  it('adds one filled 自评表 per declaration, the same as in Excel', async () => {
    const { ops, workbook, et } = await wpsWith('2024-target-declarations.xlsx');
    const { sheets, issues, notes } = await ops.formsFromTargets();
    et.uninstall();
    expect(sheets).toHaveLength(declarations.length);
    const excelRun = await inExcel('2024-target-declarations.xlsx', () => excel.formsFromTargets());
    expect({ sheets, issues, notes }).toEqual(excelRun.result);
    for (const [i, sheet] of sheets.entries()) {
      expect(sheetRecord(workbook.getWorksheet(sheet)!)).toEqual(
        sheetRecord(excelRun.workbook.getWorksheet(sheet)!),
      );
      const report = check(readGrid(workbook.getWorksheet(sheet)!));
      expect(report.forms[0].projectName).toBe(declarations[i].projectName);
    }
  });

  it('adds the summary sheet of the 14 district forms, the same as in Excel', async () => {
    const { ops, workbook, et } = await wpsWith('2022-district.xlsx');
    const { sheet } = await ops.insertSummary();
    et.uninstall();
    const excelRun = await inExcel('2022-district.xlsx', () => excel.insertSummary());
    expect(sheet).toBe(excelRun.result.sheet);
    expect(sheetRecord(workbook.getWorksheet(sheet)!)).toEqual(
      sheetRecord(excelRun.workbook.getWorksheet(sheet)!),
    );
  });
});

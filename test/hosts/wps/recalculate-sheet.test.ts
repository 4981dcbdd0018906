// Recalculate, Validate and Undo on the active sheet through the fake ET, over a real published
// workbook: the cells the core plans and no others, a highlight over the user's own fill given
// back, the state in the very hidden _selfeval sheet, protected sheets and structures, an empty
// sheet and no workbook at all answered as in Excel.

import ExcelJS from 'exceljs';
import { STATE_SHEET } from '../../../src/core';
import * as excel from '../../../src/hosts/excel/operations';
import { openFixture } from '../../fake-excel/node';
import { fakeExcelWith } from '../excel/fixture';
import { plannedCells } from '../excel/planned-cells';
import { changedCells, snapshot } from '../excel/workbook-snapshot';
import { wpsOver, wpsWith } from './fixture';
import district from '../../fixtures/2022-district.json';

const SHEET = '65岁以上老人定期体检';
const YELLOW = 'FFFFFF00';

function fillOf(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
  return fill?.type === 'pattern' && fill.pattern !== 'none' ? (fill.fgColor?.argb ?? null) : null;
}

/** 完成体检数 below its target (得分 < 分值, a reason needed) and the user's yellow on the reason cell. */
function belowTarget(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.getWorksheet(SHEET)!;
  sheet.getCell('E12').value = 20000;
  sheet.getCell('H12').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: YELLOW } };
}

describe('Recalculate on one sheet in WPS (2022 district workbook)', () => {
  afterEach(() => delete (globalThis as Record<string, unknown>).Application);

  it('fills 得分, 总分 and 评分等级 and changes no cell outside the ones it planned', async () => {
    const { ops, workbook, et } = await wpsWith('2022-district-blank.xlsx');
    const before = snapshot(workbook);
    const planned = plannedCells(workbook, [SHEET]);
    const result = await ops.recalculateSheet();
    expect(result.syncs).toBe(et.calls);
    const form = result.reports[0].forms[0];
    const ws = workbook.getWorksheet(SHEET)!;
    expect(Number(ws.getCell(form.total.cell!).value)).toBeCloseTo(Number(district[0].total.score), 2);
    expect(ws.getCell(form.grade.cell!).value).toBe(district[0].grade);
    const changed = changedCells(before, snapshot(workbook));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((cell) => !planned.has(cell))).toEqual([]);
    expect(workbook.getWorksheet(STATE_SHEET)!.state).toBe('veryHidden');
    expect(et.activeSheet).toBe(SHEET);
  });

  it('highlights a missing reason over the user\u2019s fill exactly as Excel does, and gives the fill back', async () => {
    const { ops, workbook } = await wpsWith('2022-district-blank.xlsx');
    belowTarget(workbook);
    const result = await ops.recalculateSheet();
    expect(result.reports[0].issues.map((i) => [i.code, i.cell])).toContainEqual(['MISSING_REASON', 'H12']);
    const highlighted = fillOf(workbook.getWorksheet(SHEET)!.getCell('H12'));
    expect(highlighted).not.toBe(YELLOW);
    expect(highlighted).not.toBeNull();

    const inExcel = await fakeExcelWith('2022-district-blank.xlsx');
    belowTarget(inExcel.workbook);
    await excel.recalculateSheet();
    inExcel.fake.uninstall();
    expect(changedCells(snapshot(workbook), snapshot(inExcel.workbook))).toEqual([]);

    await ops.undoLastRecalculation();
    expect(fillOf(workbook.getWorksheet(SHEET)!.getCell('H12'))).toBe(YELLOW);

    await ops.recalculateSheet();
    workbook.getWorksheet(SHEET)!.getCell('H12').value = '受疫情影响，部分老人延后体检';
    await ops.recalculateSheet();
    expect(fillOf(workbook.getWorksheet(SHEET)!.getCell('H12'))).toBe(YELLOW);
  });

  it('never writes over a state it cannot read, as Excel does not', async () => {
    const { ops, workbook } = await wpsWith('2022-district-blank.xlsx');
    const newer = '{"version":9,"highlights":[],"more":"a newer SelfEval keeps"}';
    workbook.addWorksheet(STATE_SHEET, { state: 'veryHidden' }).getCell('A1').value = newer;
    await ops.recalculateSheet();
    expect(workbook.getWorksheet(STATE_SHEET)!.getCell('A1').value).toBe(newer);
  });

  it('is undone exactly by Undo last recalculation', async () => {
    const { ops, workbook } = await wpsWith('2022-district-blank.xlsx');
    const before = snapshot(workbook);
    await ops.recalculateSheet();
    const { restored } = await ops.undoLastRecalculation();
    expect(restored).toBeGreaterThan(0);
    expect(changedCells(before, snapshot(workbook))).toEqual([]);
    expect(await ops.undoLastRecalculation()).toEqual({ restored: 0 });
  });

  it('does not write a protected sheet and says so with PROTECTED_SHEET, as Excel does', async () => {
    const { ops, workbook, et } = await wpsWith('2022-district-blank.xlsx');
    await workbook.getWorksheet(SHEET)!.protect('', {});
    const before = snapshot(workbook);
    const result = await ops.recalculateSheet();
    expect(result.reports[0].issues[0]).toMatchObject({
      code: 'PROTECTED_SHEET',
      severity: 'error',
      sheet: SHEET,
    });
    expect(changedCells(before, snapshot(workbook))).toEqual([]);
    expect(workbook.getWorksheet(STATE_SHEET)).toBeUndefined();
    expect([...et.members.keys()].filter((m) => m.endsWith('='))).toEqual([]);

    const inExcel = await fakeExcelWith('2022-district-blank.xlsx');
    await inExcel.workbook.getWorksheet(SHEET)!.protect('', {});
    const excelResult = await excel.recalculateSheet();
    inExcel.fake.uninstall();
    expect(result.reports).toEqual(excelResult.reports);
  });

  it('refuses to undo into a sheet protected since, naming it', async () => {
    const { ops, workbook } = await wpsWith('2022-district-blank.xlsx');
    await ops.recalculateSheet();
    await workbook.getWorksheet(SHEET)!.protect('', {});
    await expect(ops.undoLastRecalculation()).rejects.toThrow(SHEET);
  });

  it('leaves a visible sheet of the user’s named _selfeval as it is, as Excel does', async () => {
    const { ops, workbook } = await wpsWith('2022-district-blank.xlsx');
    workbook.addWorksheet(STATE_SHEET).getCell('A1').value = 'my own notes';
    const result = await ops.recalculateSheet();
    const form = result.reports[0].forms[0];
    expect(workbook.getWorksheet(SHEET)!.getCell(form.grade.cell!).value).toBe(district[0].grade);
    const theirs = workbook.getWorksheet(STATE_SHEET)!;
    expect([theirs.state, theirs.getCell('A1').value, theirs.rowCount]).toEqual([
      'visible',
      'my own notes',
      1,
    ]);
  });

  it('still fills the cells when the workbook structure is protected, with nowhere to keep undo', async () => {
    const { ops, workbook } = await wpsWith('2022-district-blank.xlsx', { structureProtected: true });
    const result = await ops.recalculateSheet();
    const form = result.reports[0].forms[0];
    expect(workbook.getWorksheet(SHEET)!.getCell(form.grade.cell!).value).toBe(district[0].grade);
    expect(workbook.getWorksheet(STATE_SHEET)).toBeUndefined();
    expect(await ops.undoLastRecalculation()).toEqual({ restored: 0 });
  });

  it('checks an empty sheet of a new workbook to the same report as Excel, in a few calls', async () => {
    const blank = () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Sheet1');
      return wb;
    };
    const { ops, et } = wpsOver(blank());
    const inWps = await ops.validateSheet();
    const recalculated = await ops.recalculateSheet();
    expect(et.calls).toBeLessThan(40);
    const inExcel = await (async () => {
      const { installFakeOffice } = await import('../../fake-excel');
      const fake = installFakeOffice(blank());
      const reports = [await excel.validateSheet(), await excel.recalculateSheet()];
      fake.uninstall();
      return reports;
    })();
    expect(inWps.reports).toEqual(inExcel[0].reports);
    expect(recalculated.reports).toEqual(inExcel[1].reports);
  });

  it('reads a sheet formatted far below its form only down to its last value, to the report Excel gives', async () => {
    const formatted = async () => {
      const wb = await openFixture('2022-district-blank.xlsx');
      const ws = wb.getWorksheet(SHEET)!;
      for (let r = 17; r <= 30000; r++)
        ws.getCell(r, 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFFCC' } };
      return wb;
    };
    const { ops, et } = wpsOver(await formatted());
    const inWps = await ops.validateSheet();
    expect(et.members.get('Range.Find')).toBe(2); // the last row and the last column holding a value
    expect(et.calls).toBeLessThan(500);
    const { installFakeOffice } = await import('../../fake-excel');
    const fake = installFakeOffice(await formatted());
    const inExcel = await excel.validateSheet();
    fake.uninstall();
    expect(inWps.reports).toEqual(inExcel.reports);
  });

  it('says in one line of the user\u2019s language that no workbook is open', async () => {
    const wb = new ExcelJS.Workbook();
    const zh = wpsOver(wb, { noWorkbook: true });
    await expect(zh.ops.validateSheet()).rejects.toThrow('没有打开的工作簿');
    const en = wpsOver(wb, { noWorkbook: true, lang: 'en-US' });
    await expect(en.ops.recalculateWorkbook()).rejects.toThrow('No workbook is open');
  });

  it('keeps settings in the workbook where Excel finds them', async () => {
    const { ops, workbook } = await wpsWith('2022-district-blank.xlsx');
    await ops.saveSettings({ rounding: 'down', lang: 'en' });
    expect(await ops.loadSettings()).toMatchObject({ rounding: 'down', lang: 'zh-CN' });
    const { installFakeOffice } = await import('../../fake-excel');
    const fake = installFakeOffice(workbook);
    expect(await excel.loadSettings()).toMatchObject({ rounding: 'down' });
    fake.uninstall();
  });

  it('selects an issue\u2019s cell on its sheet', async () => {
    const { ops, et } = await wpsWith('2022-district-blank.xlsx');
    await ops.selectCell(SHEET, 'G12');
    expect(et.selection).toEqual({ sheet: SHEET, address: 'G12' });
    await ops.selectCell(SHEET, '');
    expect(et.selection).toEqual({ sheet: SHEET, address: 'A1' });
  });
});

// SelfEval keeps its state (settings, highlights, undo) in a very hidden sheet; LibreOffice keeps
// the sheet when it saves a workbook, but as hidden. Such a sheet, holding a state, is still
// SelfEval's in every host: its settings apply, it is rewritten in place, and it is never checked
// as a sheet of the user's. (It was taken for the user's: the workbook's rounding silently
// switched from 向下舍去 to 四舍五入, and highlights were never cleared again.)

import type ExcelJS from 'exceljs';
import { STATE_SHEET, type SheetReport } from '../../src/core';
import * as excel from '../../src/hosts/excel/operations';
import { fakeExcelWith } from './excel/fixture';
import { wpsWith } from './wps/fixture';

const DOWN = JSON.stringify({ version: 1, settings: { rounding: 'down' }, highlights: [] });

/** The budget 得分 of the form on the sheet named like `prefix`. */
const budgetOn = (reports: SheetReport[], prefix: string) =>
  reports.find((r) => r.sheet.startsWith(prefix))?.forms[0].budget.score;

function savedHidden(workbook: ExcelJS.Workbook): void {
  workbook.addWorksheet(STATE_SHEET, { state: 'hidden' }).getCell('A1').value = DOWN;
}

const HOSTS = {
  Excel: async () => {
    const { workbook } = await fakeExcelWith('2022-district-blank.xlsx');
    savedHidden(workbook);
    return { workbook, recalculate: () => excel.recalculateWorkbook() };
  },
  WPS: async () => {
    const { workbook, ops } = await wpsWith('2022-district-blank.xlsx');
    savedHidden(workbook);
    return { workbook, recalculate: () => ops.recalculateWorkbook() };
  },
};

describe.each(Object.keys(HOSTS) as (keyof typeof HOSTS)[])('%s', (host) => {
  it('applies the settings of a hidden _selfeval holding a state and rewrites it in place', async () => {
    const { workbook, recalculate } = await HOSTS[host]();
    const result = await recalculate();
    // 533.87 / 578.71 is 92.25 %: 9.22 truncated (9.23 half-up, the default).
    expect(budgetOn(result.reports, '普陀区“便捷就医')).toBe('9.22');
    expect(result.reports.map((r) => r.sheet)).not.toContain(STATE_SHEET);
    const sheet = workbook.getWorksheet(STATE_SHEET)!;
    expect(sheet.state).toBe('hidden');
    expect(String(sheet.getCell('A1').value)).toContain('"rounding":"down"');
    expect(workbook.worksheets.filter((s) => s.name === STATE_SHEET)).toHaveLength(1);
  });
});

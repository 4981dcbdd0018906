// From Office 2019 (ExcelApi 1.7) to current Excel, every operation runs on what the Excel has:
// the fake throws ApiNotFound for any call above its cap, as Office.js does.

import {
  insertTemplate,
  recalculateWorkbook,
  undoLastRecalculation,
  validateSheet,
} from '../../../src/hosts/excel/operations';
import { fakeExcelWith } from './fixture';

describe.each(['1.7', '1.8', '1.9', '1.12', '1.13', '1.17'])('on ExcelApi %s', (excelApi) => {
  it('validates, recalculates the workbook, undoes and inserts a template', async () => {
    const { workbook } = await fakeExcelWith('2022-district-blank.xlsx', { excelApi });
    expect((await validateSheet()).reports[0].forms).toHaveLength(1);
    expect((await recalculateWorkbook()).reports).toHaveLength(14);
    expect((await undoLastRecalculation()).restored).toBeGreaterThan(0);
    expect(await insertTemplate()).toEqual({ sheet: '自评表' });
    const template = workbook.getWorksheet('自评表')!;
    // Print setup needs ExcelApi 1.9; without it the sheet keeps ExcelJS's defaults.
    expect(template.pageSetup.paperSize === 9).toBe(excelApi !== '1.7' && excelApi !== '1.8');
  });
});
